import type {
  PurchaseOrder,
  PurchaseOrderLine,
  PurchaseOrderSummary,
} from '../contract/purchasing';
import type { PoStatus } from '../domain/purchasing';
import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';
import { supplierById } from './suppliers';

/** A line as receiving works on it: ids to write, counts to check. */
export interface PoLineRow {
  id: number;
  product_id: number;
  sku: string;
  quantity_ordered: number;
  quantity_received: number;
}

export interface NewPoLine {
  productId: number;
  sku: string;
  quantity: number;
  unitCostCents: number;
}

// Money leaves the store as currency units, computed from whole cents so totals never drift.
const units = (cents: number) => cents / 100;

type HeaderRow = Omit<PurchaseOrderSummary, 'total'> & { total_cents: number };

const HEADER = `select po.id, po.po_number, po.status, po.expected_delivery, po.notes,
                       u.username as created_by, po.created_at, po.updated_at,
                       po.supplier_id, s.name as supplier_name,
                       count(l.id) as line_count,
                       coalesce(sum(l.quantity_ordered), 0) as units_ordered,
                       coalesce(sum(l.quantity_received), 0) as units_received,
                       coalesce(sum(l.quantity_ordered * l.unit_cost_cents), 0) as total_cents
                  from purchase_orders po
                  join suppliers s on s.id = po.supplier_id
                  left join users u on u.id = po.created_by
                  left join purchase_order_lines l on l.purchase_order_id = po.id`;

const asSummary = ({ total_cents, ...row }: HeaderRow): PurchaseOrderSummary => ({
  ...row,
  total: units(total_cents),
});

export interface PoFilter {
  status?: PoStatus;
  supplierId?: number;
  limit: number;
  offset: number;
}

export function listPurchaseOrders(
  db: ReadDb,
  f: PoFilter,
): { items: PurchaseOrderSummary[]; total: number } {
  const where = `where (@status is null or po.status = @status)
                   and (@supplier is null or po.supplier_id = @supplier)`;
  const params = { status: f.status ?? null, supplier: f.supplierId ?? null };
  const rows = prepared<[typeof params & { limit: number; offset: number }], HeaderRow>(
    db,
    `${HEADER} ${where} group by po.id order by po.id desc limit @limit offset @offset`,
  ).all({ ...params, limit: f.limit, offset: f.offset });
  const total = prepared<[typeof params], { n: number }>(
    db,
    `select count(*) as n from purchase_orders po ${where}`,
  ).get(params)!.n;
  return { items: rows.map(asSummary), total };
}

type LineRow = Omit<PurchaseOrderLine, 'unit_cost' | 'line_total'> & { unit_cost_cents: number };

/** The order with its supplier and lines in the order they were written, or null. */
export function purchaseOrderById(db: ReadDb, id: number): PurchaseOrder | null {
  const header = prepared<[number], HeaderRow>(db, `${HEADER} where po.id = ? group by po.id`).get(
    id,
  );
  if (!header) return null;
  const lines = prepared<[number], LineRow>(
    db,
    `select l.sku, p.title, l.quantity_ordered, l.quantity_received, l.unit_cost_cents
       from purchase_order_lines l join products p on p.id = l.product_id
      where l.purchase_order_id = ? order by l.id`,
  ).all(id);
  const {
    supplier_id,
    supplier_name: _,
    line_count: _lines,
    units_ordered: _ordered,
    units_received: _received,
    ...order
  } = asSummary(header);
  return {
    ...order,
    supplier: supplierById(db, supplier_id)!,
    lines: lines.map(({ unit_cost_cents, ...line }) => ({
      ...line,
      unit_cost: units(unit_cost_cents),
      line_total: units(line.quantity_ordered * unit_cost_cents),
    })),
  };
}

/** What an action checks first: which order it is and where it stands. */
export function poState(db: ReadDb, id: number): { po_number: string; status: PoStatus } | null {
  return (
    prepared<[number], { po_number: string; status: PoStatus }>(
      db,
      'select po_number, status from purchase_orders where id = ?',
    ).get(id) ?? null
  );
}

/** The order's row and lines; the number is set apart (setPoNumber) since it comes from the id. */
export function insertPurchaseOrder(
  tx: WriteTx,
  po: {
    supplierId: number;
    expectedDelivery: string | null;
    notes: string | null;
    createdBy: number;
    lines: NewPoLine[];
  },
): number {
  const id = Number(
    prepared<[{ supplier: number; expected: string | null; notes: string | null; by: number }]>(
      tx,
      // A number no other order can hold until setPoNumber gives the real one in the same write.
      `insert into purchase_orders (po_number, supplier_id, expected_delivery, notes, created_by)
       values ('new-' || hex(randomblob(8)), @supplier, @expected, @notes, @by)`,
    ).run({
      supplier: po.supplierId,
      expected: po.expectedDelivery,
      notes: po.notes,
      by: po.createdBy,
    }).lastInsertRowid,
  );
  const line = prepared<[number, number, string, number, number]>(
    tx,
    `insert into purchase_order_lines (purchase_order_id, product_id, sku, quantity_ordered, unit_cost_cents)
     values (?, ?, ?, ?, ?)`,
  );
  for (const l of po.lines) line.run(id, l.productId, l.sku, l.quantity, l.unitCostCents);
  return id;
}

export function setPoNumber(tx: WriteTx, id: number, number: string): void {
  prepared<[string, number]>(tx, 'update purchase_orders set po_number = ? where id = ?').run(
    number,
    id,
  );
}

export function setPoStatus(tx: WriteTx, id: number, status: PoStatus): void {
  prepared<[PoStatus, number]>(
    tx,
    `update purchase_orders set status = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      where id = ?`,
  ).run(status, id);
}

export function poLines(db: ReadDb, id: number): PoLineRow[] {
  return prepared<[number], PoLineRow>(
    db,
    `select id, product_id, sku, quantity_ordered, quantity_received
       from purchase_order_lines where purchase_order_id = ? order by id`,
  ).all(id);
}

export function addReceived(tx: WriteTx, lineId: number, quantity: number): void {
  prepared<[number, number]>(
    tx,
    'update purchase_order_lines set quantity_received = quantity_received + ? where id = ?',
  ).run(quantity, lineId);
}
