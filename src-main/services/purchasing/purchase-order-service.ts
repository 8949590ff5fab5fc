import type {
  NewPurchaseOrder,
  PurchaseOrder,
  PurchaseOrderQuery,
} from '../../contract/purchasing';
import { conflict, notFound } from '../../domain/errors';
import { mayMovePo, mayReceivePo, poNumber, type PoStatus } from '../../domain/purchasing';
import type { Db } from '../../platform/database';
import type { WriteQueue } from '../../platform/write-queue';
import type { ReadDb, WriteTx } from '../../store/db';
import { productIdsBySku } from '../../store/product-catalog';
import { productByCode } from '../../store/products';
import {
  addReceived,
  insertPurchaseOrder,
  listPurchaseOrders,
  poLines,
  poState,
  purchaseOrderById,
  setPoNumber,
  setPoStatus,
  type PoLineRow,
} from '../../store/purchase-orders';
import type { EventBus } from '../events/event-bus';
import type { StockActor } from '../inventory/inventory-service';
import { recordMovement } from '../inventory/ledger';
import { existingSupplier } from './supplier-service';

export interface Receipt {
  lines: { sku: string; quantity: number }[];
  allow_over?: boolean;
}

/** Where each status may go next, for the sentence that refuses a move. */
const MOVES: PoStatus[] = ['SENT', 'CONFIRMED', 'IN_TRANSIT', 'RECEIVED', 'CANCELLED'];

/**
 * Purchase orders from draft to delivery. Each action is one write; receiving books stock through
 * the ledger (RECEIVE, reference purchase_order). Open orders count as incoming, so every change
 * tells open screens `stock`.
 */
export class PurchaseOrderService {
  constructor(
    private readonly db: Db,
    private readonly writes: WriteQueue,
    private readonly bus: EventBus,
  ) {}

  list(q: PurchaseOrderQuery) {
    const found = listPurchaseOrders(this.db, {
      status: q.status,
      supplierId: q.supplier_id,
      limit: q.page_size,
      offset: (q.page - 1) * q.page_size,
    });
    return { ...found, page: q.page, page_size: q.page_size };
  }

  get(id: number): PurchaseOrder {
    return existingOrder(this.db, id);
  }

  async create(po: NewPurchaseOrder, by: StockActor): Promise<PurchaseOrder> {
    const order = await this.writes.run((tx) => {
      existingSupplier(tx, po.supplier_id);
      const ids = productIdsBySku(
        tx,
        po.lines.map((l) => l.sku),
      );
      const lines = po.lines.map((l, i) => {
        const productId = ids.get(l.sku);
        if (productId === undefined) {
          throw notFound('unknown_sku', `No product has the SKU "${l.sku}".`, {
            sku: l.sku,
            field: `lines.${i}.sku`,
          });
        }
        return { productId, sku: l.sku, quantity: l.quantity, unitCostCents: l.unit_cost };
      });
      const id = insertPurchaseOrder(tx, {
        supplierId: po.supplier_id,
        expectedDelivery: po.expected_delivery ?? null,
        notes: po.notes ?? null,
        createdBy: by.id,
        lines,
      });
      setPoNumber(tx, id, poNumber(id));
      return existingOrder(tx, id);
    });
    this.incomingChanged(by);
    return order;
  }

  async move(id: number, to: PoStatus, by: StockActor): Promise<PurchaseOrder> {
    const order = await this.writes.run((tx) => {
      const { po_number, status } = existingState(tx, id);
      if (!mayMovePo(status, to)) {
        const allowed = MOVES.filter((next) => mayMovePo(status, next));
        throw conflict(
          'invalid_transition',
          allowed.length
            ? `${po_number} is ${status}: it can move to ${allowed.join(' or ')}, not to ${to}.`
            : `${po_number} is ${status} and cannot change any more.`,
          { status, to, allowed },
        );
      }
      setPoStatus(tx, id, to);
      return existingOrder(tx, id);
    });
    this.incomingChanged(by);
    return order;
  }

  /**
   * Books what arrived, all lines or none: every line is checked before the first unit is
   * booked. Two scans of one SKU add up.
   */
  async receive(id: number, receipt: Receipt, by: StockActor): Promise<PurchaseOrder> {
    const { order, stock } = await this.writes.run((tx) => {
      const { po_number, status } = existingState(tx, id);
      if (!mayReceivePo(status)) throw cannotReceive(po_number, status);
      const lines = poLines(tx, id);
      const arriving = new Map<PoLineRow, number>();
      for (const r of receipt.lines) {
        const line = lineFor(tx, lines, r.sku);
        if (!line) {
          throw conflict('not_on_order', `${r.sku} is not on ${po_number}.`, { sku: r.sku });
        }
        arriving.set(line, (arriving.get(line) ?? 0) + r.quantity);
      }
      if (!receipt.allow_over) {
        for (const [line, quantity] of arriving) refuseOverReceipt(po_number, line, quantity);
      }
      const stock = [...arriving].map(([line, quantity]) => {
        const { quantity_after } = recordMovement(tx, {
          productId: line.product_id,
          type: 'RECEIVE',
          quantityChange: quantity,
          referenceType: 'purchase_order',
          referenceId: id,
          note: po_number,
          userId: by.id,
        });
        addReceived(tx, line.id, quantity);
        return { sku: line.sku, on_hand: quantity_after };
      });
      if (poLines(tx, id).every((l) => l.quantity_received >= l.quantity_ordered)) {
        setPoStatus(tx, id, 'RECEIVED');
      }
      return { order: existingOrder(tx, id), stock };
    });
    for (const s of stock) this.bus.publish('stock', { ...s, by: by.username });
    return order;
  }

  /** Open orders are part of every SKU's incoming: screens showing it should read it again. */
  private incomingChanged(by: StockActor): void {
    this.bus.publish('stock', { sku: null, on_hand: null, by: by.username });
  }
}

function existingState(db: ReadDb, id: number) {
  const state = poState(db, id);
  if (!state) throw notFound('unknown_purchase_order', `There is no purchase order ${id}.`, { id });
  return state;
}

function existingOrder(db: ReadDb, id: number): PurchaseOrder {
  existingState(db, id);
  return purchaseOrderById(db, id)!;
}

/**
 * The order's line for a received code: its SKU as written, else the product the code names by
 * the scan rules (a barcode from a gun), when that product is on the order.
 */
function lineFor(tx: WriteTx, lines: PoLineRow[], code: string): PoLineRow | undefined {
  const exact = lines.find((l) => l.sku === code);
  if (exact) return exact;
  const scanned = productByCode(tx, code)?.product;
  return scanned && lines.find((l) => l.product_id === scanned.id);
}

function cannotReceive(poNumber: string, status: PoStatus) {
  const why =
    status === 'DRAFT'
      ? 'is still a draft: send it to the supplier first'
      : status === 'CANCELLED'
        ? 'was cancelled'
        : 'was closed as RECEIVED';
  return conflict('cannot_receive', `${poNumber} ${why}, so nothing can be received on it.`, {
    status,
  });
}

function refuseOverReceipt(poNumber: string, line: PoLineRow, quantity: number): void {
  const over = line.quantity_received + quantity - line.quantity_ordered;
  if (over <= 0) return;
  throw conflict(
    'over_receipt',
    `${poNumber} ordered ${line.quantity_ordered} of ${line.sku} and ${line.quantity_received} have arrived, so ${quantity} more would be ${over} too many. Confirm the over-receipt to book them anyway.`,
    {
      sku: line.sku,
      quantity_ordered: line.quantity_ordered,
      quantity_received: line.quantity_received,
      quantity,
    },
  );
}
