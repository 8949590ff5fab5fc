import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../../testing/memory-storage';
import { skuRow } from '../../testing/sample-picklist';
import { compareBins, inBinOrder, savedPickOrder, savePickOrder } from './pick-order';

describe('bin order', () => {
  it('sorts bin codes naturally: A-2 before A-10, case aside, no bin last', () => {
    const bins = ['A-10', null, 'b-1', 'A-2', 'A-2-10', 'A-2-9', 'B-01'];
    expect(bins.sort(compareBins)).toEqual(['A-2', 'A-2-9', 'A-2-10', 'A-10', 'b-1', 'B-01', null]);
  });

  it('walks every category in one list, bin then SKU', () => {
    const list = {
      categories: [
        { name: 'Bedding', skus: [skuRow('BED-1', { bin_location: 'C-3' })] },
        {
          name: 'Hay',
          skus: [
            skuRow('HAY-2', { bin_location: 'A-10' }),
            skuRow('HAY-1', { bin_location: 'A-10' }),
            skuRow('HAY-3', { bin_location: 'A-9' }),
          ],
        },
      ],
    };
    expect(inBinOrder(list).map((s) => s.sku)).toEqual(['HAY-3', 'HAY-1', 'HAY-2', 'BED-1']);
  });

  it('remembers the choice, by category until told otherwise', () => {
    const storage = memoryStorage();
    expect(savedPickOrder(storage)).toBe('category');
    savePickOrder(storage, 'bin');
    expect(savedPickOrder(storage)).toBe('bin');
  });
});
