import { toApiError } from '../../api/api-error';
import { api } from '../../api/client';
import * as orders from '../../../src-main/contract/orders';
import { scan } from '../../../src-main/contract/scanning';
import type { shipmentFields } from './packing-logic';

export type ShipFields = Extract<ReturnType<typeof shipmentFields>, { carrier: string }>;

const order = (id: number) => ({ params: { id: String(id) } });

export const getOrder = (id: number) => api.call(orders.orderDetail, order(id));

/** The order a slip barcode names: by number first, then whatever else the station resolves. */
export async function findOrder(code: string): Promise<number | null> {
  try {
    return (await api.call(orders.orderByNumber, { params: { number: code } })).id;
  } catch (err) {
    if (toApiError(err).status !== 404) throw err;
  }
  const found = await api.call(scan, { body: { code, action: 'lookup' } });
  return found.kind === 'order' ? found.order.id : null;
}

/** Counts a scanned unit; `byHand`: typed or counted, not scanned, and recorded as such. */
export const verifyScan = (orderId: number, code: string, byHand?: { qty: number }) =>
  api.call(orders.verifyScan, {
    ...order(orderId),
    body: byHand ? { code, qty: byHand.qty, manual: true } : { code },
  });

export const resetScans = (orderId: number) => api.call(orders.verifyReset, order(orderId));

export const markPacked = (orderId: number, skipVerification: boolean, requestId: string) =>
  api.call(orders.markPacked, {
    ...order(orderId),
    body: { ...(skipVerification ? { skip_verification: true } : {}), request_id: requestId },
  });

export const shipOrder = (orderId: number, fields: ShipFields, requestId: string) =>
  api.call(orders.ship, { ...order(orderId), body: { ...fields, request_id: requestId } });
