import type { Supplier, SupplierFields } from '../../contract/purchasing';
import { notFound } from '../../domain/errors';
import type { Db } from '../../platform/database';
import type { WriteQueue } from '../../platform/write-queue';
import type { ReadDb } from '../../store/db';
import { insertSupplier, listSuppliers, supplierById, updateSupplier } from '../../store/suppliers';

/** Who the warehouse buys from: contact details and how long a delivery takes. */
export class SupplierService {
  constructor(
    private readonly db: Db,
    private readonly writes: WriteQueue,
  ) {}

  list(): Supplier[] {
    return listSuppliers(this.db);
  }

  create(fields: Partial<SupplierFields> & { name: string }): Promise<Supplier> {
    return this.writes.run((tx) =>
      existingSupplier(
        tx,
        insertSupplier(tx, {
          email: null,
          phone: null,
          lead_time_days: null,
          notes: null,
          ...fields,
        }),
      ),
    );
  }

  update(id: number, fields: Partial<SupplierFields>): Promise<Supplier> {
    return this.writes.run((tx) => {
      existingSupplier(tx, id);
      updateSupplier(tx, id, fields);
      return existingSupplier(tx, id);
    });
  }
}

export function existingSupplier(db: ReadDb, id: number): Supplier {
  const supplier = supplierById(db, id);
  if (!supplier) throw notFound('unknown_supplier', `There is no supplier ${id}.`, { id });
  return supplier;
}
