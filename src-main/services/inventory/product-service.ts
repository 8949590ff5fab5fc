import type { NewProduct, Product, ProductFields, ProductQuery } from '../../contract/products';
import { conflict, notFound } from '../../domain/errors';
import type { Db } from '../../platform/database';
import type { WriteQueue } from '../../platform/write-queue';
import type { ReadDb } from '../../store/db';
import {
  insertProduct,
  listProducts,
  productBySku,
  productIdsBySku,
  updateProduct,
} from '../../store/product-catalog';
import { onHand } from '../../store/stock-movements';
import type { EventBus } from '../events/event-bus';
import { recordMovement } from './ledger';
import type { Rejection } from './product-csv';
import { parseProductCsvOffLoop } from './product-csv-thread';
import type { StockActor } from './inventory-service';

export interface ImportAnswer {
  dry_run: boolean;
  would_create: number;
  would_update: number;
  rejected: Rejection[];
}

/** The product catalogue: the editor's reads and writes, and the CSV import with opening stock. */
export class ProductService {
  constructor(
    private readonly db: Db,
    private readonly writes: WriteQueue,
    private readonly bus: EventBus,
  ) {}

  list(q: ProductQuery) {
    const found = listProducts(this.db, {
      q: q.q || undefined,
      category: q.category || undefined,
      active: q.active === undefined ? undefined : q.active === 'true',
      limit: q.page_size,
      offset: (q.page - 1) * q.page_size,
    });
    return { ...found, page: q.page, page_size: q.page_size };
  }

  get(sku: string): Product {
    return this.existing(this.db, sku);
  }

  create({ sku, ...fields }: NewProduct): Promise<Product> {
    return this.writes.run((tx) => {
      if (productIdsBySku(tx, [sku]).size) {
        throw conflict('sku_exists', `A product with the SKU "${sku}" already exists.`, { sku });
      }
      insertProduct(tx, sku, fields);
      return this.existing(tx, sku);
    });
  }

  update(sku: string, fields: Partial<ProductFields>): Promise<Product> {
    return this.writes.run((tx) => {
      updateProduct(tx, this.existing(tx, sku).id, fields);
      return this.existing(tx, sku);
    });
  }

  /**
   * Creates the file's new SKUs and updates the known ones with the columns given, all valid
   * rows in one write; an `on_hand` that differs from the ledger is recorded as a COUNT. A dry
   * run answers the same counts and changes nothing.
   */
  async import(csv: string, dryRun: boolean, by: StockActor): Promise<ImportAnswer> {
    const { rows, rejected } = await parseProductCsvOffLoop(csv);
    const answer = (known: Map<string, number>) => {
      const would_update = rows.filter((r) => known.has(r.sku)).length;
      return { dry_run: dryRun, would_create: rows.length - would_update, would_update, rejected };
    };
    if (dryRun)
      return answer(
        productIdsBySku(
          this.db,
          rows.map((r) => r.sku),
        ),
      );

    const applied = await this.writes.run((tx) => {
      const known = productIdsBySku(
        tx,
        rows.map((r) => r.sku),
      );
      for (const row of rows) {
        let id = known.get(row.sku);
        if (id === undefined) id = insertProduct(tx, row.sku, row.fields);
        else updateProduct(tx, id, row.fields);
        if (row.onHand === undefined) continue;
        const change = row.onHand - onHand(tx, id);
        if (change === 0) continue;
        recordMovement(tx, {
          productId: id,
          type: 'COUNT',
          quantityChange: change,
          referenceType: 'import',
          note: `opening stock, line ${row.line} of the import`,
          userId: by.id,
        });
      }
      return answer(known);
    });
    if (rows.length) this.bus.publish('stock', { sku: null, on_hand: null, by: by.username });
    return applied;
  }

  private existing(db: ReadDb, sku: string): Product {
    const product = productBySku(db, sku);
    if (!product) throw notFound('unknown_sku', `No product has the SKU "${sku}".`, { sku });
    return product;
  }
}
