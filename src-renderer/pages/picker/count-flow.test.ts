import { describe, expect, it } from 'vitest';
import { countedSentence, countTarget, namesItem } from './count-flow';

const hay = { id: 1, sku: 'HAY-1', title: 'Hay', barcode: '0123', bin_location: 'A-1' };
const bed = { ...hay, id: 2, sku: 'BED-1', barcode: null };

describe('a cycle count on the handheld', () => {
  it('counts a scanned product, the one SKU of a bin, or asks which of a bin’s SKUs', () => {
    expect(countTarget({ kind: 'product', match: 'barcode', product: hay })).toEqual({
      kind: 'sku',
      item: hay,
    });
    expect(countTarget({ kind: 'bin', bin: 'A-1', products: [hay] })).toEqual({
      kind: 'sku',
      item: hay,
    });
    expect(countTarget({ kind: 'bin', bin: 'A-1', products: [hay, bed] })).toEqual({
      kind: 'bin',
      bin: 'A-1',
      items: [hay, bed],
    });
    expect(countTarget({ kind: 'unknown', code: 'Q' }).kind).toBe('refused');
  });

  it('takes a scan of the SKU or its barcode as one more unit', () => {
    expect(namesItem(hay, 'hay-1')).toBe(true);
    expect(namesItem(hay, ' 0123 ')).toBe(true);
    expect(namesItem(bed, 'HAY-1')).toBe(false);
  });

  it('says what the count changed', () => {
    const answer = { sku: 'HAY-1', movement_id: 3, quantity_before: 5, quantity_after: 3 };
    expect(countedSentence({ ...answer, difference: -2 })).toBe(
      'Counted 3 of HAY-1: 2 fewer than the stock record said (5). The record now says 3.',
    );
    expect(countedSentence({ ...answer, quantity_before: 3, difference: 0 })).toBe(
      'Counted 3 of HAY-1: the same as the stock record.',
    );
  });
});
