import type { Supplier, SupplierFields } from '../contract/purchasing';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

const SELECT = 'select id, name, email, phone, lead_time_days, notes, created_at from suppliers';

export function listSuppliers(db: ReadDb): Supplier[] {
  return prepared<[], Supplier>(db, `${SELECT} order by name collate nocase, id`).all();
}

export function supplierById(db: ReadDb, id: number): Supplier | null {
  return prepared<[number], Supplier>(db, `${SELECT} where id = ?`).get(id) ?? null;
}

export function insertSupplier(tx: WriteTx, fields: SupplierFields): number {
  return Number(
    prepared<[SupplierFields]>(
      tx,
      `insert into suppliers (name, email, phone, lead_time_days, notes)
       values (@name, @email, @phone, @lead_time_days, @notes)`,
    ).run(fields).lastInsertRowid,
  );
}

/** Sets the fields given, and only those: the columns carry the contract's names. */
export function updateSupplier(tx: WriteTx, id: number, fields: Partial<SupplierFields>): void {
  const keys = (Object.keys(fields) as (keyof SupplierFields)[])
    .filter((k) => fields[k] !== undefined)
    .sort();
  if (keys.length === 0) return;
  prepared(
    tx,
    `update suppliers set ${keys.map((k) => `${k} = @${k}`).join(', ')} where id = @id`,
  ).run({ ...Object.fromEntries(keys.map((k) => [k, fields[k]])), id });
}
