import { describe, expect, it } from 'vitest';
import type { Picklist } from '../../api/types';
import { filterPicklist, findSku } from './picklist-search';
import { samplePicklist as list } from '../../testing/sample-picklist';

const names = (l: Picklist) => l.categories.flatMap((c) => c.skus.map((s) => s.sku));

describe('findSku', () => {
  it('finds a SKU by its code or its barcode, ignoring case and spaces around', () => {
    expect(findSku(list, 'hay-2')?.sku).toBe('HAY-2');
    expect(findSku(list, ' 0860004100195 ')?.sku).toBe('BED-1');
    expect(findSku(list, 'HAY')).toBeNull();
    expect(findSku(list, '  ')).toBeNull();
  });
});

describe('filterPicklist', () => {
  it('keeps one category, or searches every field a picker might type', () => {
    expect(names(filterPicklist(list, { category: 'Hay', query: '' }))).toEqual(['HAY-1', 'HAY-2']);
    expect(names(filterPicklist(list, { category: null, query: 'timothy' }))).toEqual(['HAY-1']);
    expect(names(filterPicklist(list, { category: null, query: 'b-2' }))).toEqual(['BED-1']);
    expect(filterPicklist(list, { category: 'Bedding', query: 'timothy' }).categories).toEqual([]);
  });
});
