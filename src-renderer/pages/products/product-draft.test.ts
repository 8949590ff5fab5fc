import { describe, expect, it } from 'vitest';
import type { Product } from '../../../src-main/contract/products';
import { bodyOf, draftOf, EMPTY_DRAFT } from './product-draft';

const product: Product = {
  id: 1,
  sku: 'HAY-1',
  title: 'Timothy hay',
  category: 'Hay',
  subcategory: null,
  barcode: '0123',
  asin: null,
  bin_location: 'A-1',
  image_url: null,
  reorder_point: 5,
  reorder_qty: 20,
  safety_buffer: null,
  cost: 3.5,
  price: 9.95,
  weight_oz: null,
  length_in: null,
  width_in: null,
  height_in: null,
  is_hazmat: false,
  is_active: true,
  needs_count: false,
  created_at: '2026-11-20T14:05:00.000Z',
  updated_at: '2026-11-20T14:05:00.000Z',
};

describe('product drafts', () => {
  it('sends nothing for an untouched product', () => {
    const saved = draftOf(product);
    expect(bodyOf(saved, saved)).toEqual({});
  });

  it('sends only the changed fields, as numbers, and an emptied box as null', () => {
    const saved = draftOf(product);
    const body = bodyOf({ ...saved, price: '12.5', barcode: '', cost: '', is_hazmat: true }, saved);
    expect(body).toEqual({ price: 12.5, barcode: '', cost: null, is_hazmat: true });
  });

  it('sends every field of a new product, empty numbers as null', () => {
    const body = bodyOf({ ...EMPTY_DRAFT, title: 'New', reorder_point: '3' });
    expect(body).toMatchObject({ title: 'New', reorder_point: 3, reorder_qty: 0, cost: null });
    expect(body).toMatchObject({ is_active: true, is_hazmat: false, category: '' });
  });
});
