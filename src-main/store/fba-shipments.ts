import type { FbaShipment, FbaShipmentItem, FbaShipmentSummary } from '../contract/fba';
import type { FbaStatus } from '../domain/fba';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/** An item as shipping works on it: the product to move and how many. */
export interface FbaItemRow {
  product_id: number;
  sku: string;
  quantity: number;
}

const HEADER = `select s.id, s.name, s.status, s.amazon_shipment_id, s.destination_fc, s.shipped_at,
                       s.created_at, s.updated_at,
                       count(i.id) as item_count, coalesce(sum(i.quantity), 0) as units
                  from fba_shipments s
                  left join fba_shipment_items i on i.fba_shipment_id = s.id`;

export function listFbaShipments(
  db: ReadDb,
  f: { status?: FbaStatus; limit: number; offset: number },
): { items: FbaShipmentSummary[]; total: number } {
  const where = 'where (@status is null or s.status = @status)';
  const params = { status: f.status ?? null };
  const items = prepared<[typeof params & { limit: number; offset: number }], FbaShipmentSummary>(
    db,
    `${HEADER} ${where} group by s.id order by s.id desc limit @limit offset @offset`,
  ).all({ ...params, limit: f.limit, offset: f.offset });
  const total = prepared<[typeof params], { n: number }>(
    db,
    `select count(*) as n from fba_shipments s ${where}`,
  ).get(params)!.n;
  return { items, total };
}

/** The plan with its items in the order they were written, or null. */
export function fbaShipmentById(db: ReadDb, id: number): FbaShipment | null {
  const header = prepared<[number], FbaShipmentSummary>(
    db,
    `${HEADER} where s.id = ? group by s.id`,
  ).get(id);
  if (!header) return null;
  const items = prepared<[number], FbaShipmentItem>(
    db,
    `select i.sku, p.title, i.quantity, i.quantity_received
       from fba_shipment_items i join products p on p.id = i.product_id
      where i.fba_shipment_id = ? order by i.id`,
  ).all(id);
  const { item_count: _count, units: _units, ...plan } = header;
  return { ...plan, items };
}

export function fbaShipmentState(
  db: ReadDb,
  id: number,
): { name: string; status: FbaStatus } | null {
  return (
    prepared<[number], { name: string; status: FbaStatus }>(
      db,
      'select name, status from fba_shipments where id = ?',
    ).get(id) ?? null
  );
}

export function fbaItems(db: ReadDb, id: number): FbaItemRow[] {
  return prepared<[number], FbaItemRow>(
    db,
    'select product_id, sku, quantity from fba_shipment_items where fba_shipment_id = ? order by id',
  ).all(id);
}

/** The plan's row; its name may come from the id, so the caller sets it (setFbaName) after. */
export function insertFbaShipment(tx: WriteTx): number {
  return Number(
    prepared<[]>(tx, "insert into fba_shipments (name) values ('')").run().lastInsertRowid,
  );
}

export function setFbaName(tx: WriteTx, id: number, name: string): void {
  prepared<[string, number]>(
    tx,
    `update fba_shipments set name = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      where id = ?`,
  ).run(name, id);
}

/** The plan's items become exactly these. */
export function replaceFbaItems(tx: WriteTx, id: number, items: FbaItemRow[]): void {
  prepared<[number]>(tx, 'delete from fba_shipment_items where fba_shipment_id = ?').run(id);
  const insert = prepared<[number, number, string, number]>(
    tx,
    `insert into fba_shipment_items (fba_shipment_id, product_id, sku, quantity)
     values (?, ?, ?, ?)`,
  );
  for (const i of items) insert.run(id, i.product_id, i.sku, i.quantity);
}

/** Moving to IN_TRANSIT also stamps when the stock left. */
export function setFbaStatus(tx: WriteTx, id: number, status: FbaStatus): void {
  prepared<[{ id: number; status: FbaStatus }]>(
    tx,
    `update fba_shipments
        set status = @status,
            shipped_at = case when @status = 'IN_TRANSIT' then strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                              else shipped_at end,
            updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      where id = @id`,
  ).run({ id, status });
}
