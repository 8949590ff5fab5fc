import type { Picklist, PicklistSku } from '../api/types';

/** Test data: a pick list row with everything but what a test cares about filled in. */
export const skuRow = (code: string, extra: Partial<PicklistSku> = {}): PicklistSku => ({
  sku: code,
  title: `Title of ${code}`,
  subcategory: null,
  image_url: null,
  image: null,
  barcode: null,
  bin_location: null,
  qty_ordered: 4,
  qty_picked: 0,
  qty_short: 0,
  qty_remaining: 4,
  order_count: 2,
  ...extra,
});

export const samplePicklist: Picklist = {
  categories: [
    {
      name: 'Bedding',
      skus: [skuRow('BED-1', { barcode: '0860004100195', bin_location: 'B-2-3' })],
    },
    { name: 'Hay', skus: [skuRow('HAY-1', { title: 'Timothy Hay 2 lb' }), skuRow('HAY-2')] },
  ],
};
