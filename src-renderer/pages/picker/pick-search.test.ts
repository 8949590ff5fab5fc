import { describe, expect, it } from 'vitest';
import { skuRow } from '../../testing/sample-picklist';
import { matchCode, toPick } from './pick-search';

const list = {
  categories: [
    {
      name: 'Bedding',
      skus: [
        skuRow('BED-PAPER-10L', {
          title: 'Paper bedding 10 L',
          barcode: '0860004100195',
          bin_location: 'B-2-3',
        }),
        skuRow('BED-ASPEN-4L', { title: 'Aspen shavings 4 L', bin_location: 'B-2-3' }),
      ],
    },
    {
      name: 'Hay',
      skus: [
        skuRow('HAY-TIM-2LB', { title: 'Timothy Hay 2 lb', bin_location: 'A-1-1' }),
        skuRow('HAY-ORCH-1LB', {
          title: 'Orchard grass hay 1 lb',
          bin_location: 'A-1-2',
          qty_remaining: 0,
          qty_picked: 4,
        }),
      ],
    },
  ],
};
const skus = (m: ReturnType<typeof matchCode>) =>
  'skus' in m ? m.skus.map((s) => s.sku) : 'sku' in m ? [m.sku.sku] : [];

describe('matchCode', () => {
  it('an exact SKU or barcode, any case, names that SKU', () => {
    expect(matchCode(list, 'hay-tim-2lb')).toMatchObject({ kind: 'sku' });
    expect(skus(matchCode(list, ' 0860004100195 '))).toEqual(['BED-PAPER-10L']);
  });

  it('a SKU with nothing left is told as already picked, not as unknown', () => {
    const match = matchCode(list, 'HAY-ORCH-1LB');
    expect(match.kind).toBe('done');
    expect(skus(match)).toEqual(['HAY-ORCH-1LB']);
  });

  it("a bin label names the bin's SKUs still to pick", () => {
    expect(matchCode(list, 'b-2-3')).toMatchObject({ kind: 'bin', bin: 'B-2-3' });
    expect(skus(matchCode(list, 'B-2-3'))).toEqual(['BED-PAPER-10L', 'BED-ASPEN-4L']);
    expect(matchCode(list, 'A-1-2')).toEqual({ kind: 'bin', bin: 'A-1-2', skus: [] });
  });

  it('finds by part of a SKU, words of a title in any order, or part of a bin', () => {
    expect(skus(matchCode(list, 'ASPEN'))).toEqual(['BED-ASPEN-4L']);
    expect(skus(matchCode(list, 'hay timothy'))).toEqual(['HAY-TIM-2LB']);
    expect(skus(matchCode(list, 'hay'))).toEqual(['HAY-TIM-2LB']);
    expect(skus(matchCode(list, 'B-2'))).toEqual(['BED-PAPER-10L', 'BED-ASPEN-4L']);
    expect(matchCode(list, 'orchard')).toMatchObject({ kind: 'done' });
    expect(matchCode(list, 'cage')).toEqual({ kind: 'none' });
    expect(matchCode(list, '  ')).toEqual({ kind: 'none' });
  });

  it('toPick drops done SKUs and emptied categories', () => {
    const left = toPick(list);
    expect(left.categories.map((c) => c.skus.length)).toEqual([2, 1]);
    expect(toPick({ categories: [list.categories[1]!] }).categories[0]!.skus).toHaveLength(1);
  });
});
