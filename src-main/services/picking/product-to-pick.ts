import { notFound } from '../../domain/errors';
import type { ReadDb } from '../../store/db';
import { productByCode, type Product } from '../../store/products';

/**
 * The product a pick or "not in stock" names: a SKU, or anything a scan would read as the product
 * (docs/architecture.md "Scan order"), so POST /api/pick takes every code POST /api/scan picks.
 */
export function productToPick(db: ReadDb, code: string): Product {
  const found = productByCode(db, code);
  if (!found) {
    throw notFound(
      'unknown_sku',
      `No product has the SKU or barcode "${code}". Check the label and try again.`,
      { sku: code },
    );
  }
  return found.product;
}
