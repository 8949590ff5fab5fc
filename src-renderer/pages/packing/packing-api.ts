import { toApiError } from '../../api/api-error';
import { api } from '../../api/client';
import type {
  OrderDetail,
  PackedAnswer,
  ScanLookup,
  ShipAnswer,
  VerifyAnswer,
} from '../../api/types';
import type { shipmentFields } from './packing-logic';

export type ShipFields = Extract<ReturnType<typeof shipmentFields>, { carrier: string }>;

export const getOrder = (id: number) => api.get<OrderDetail>(`/orders/${id}`);

/** The order a slip barcode names: by number first, then whatever else the station resolves. */
export async function findOrder(code: string): Promise<number | null> {
  try {
    return (await api.get<{ id: number }>(`/orders/by-number/${encodeURIComponent(code)}`)).id;
  } catch (err) {
    if (toApiError(err).status !== 404) throw err;
  }
  const found = await api.post<ScanLookup>('/scan', { code, action: 'lookup' });
  return found.kind === 'order' ? found.order.id : null;
}

/** Counts a scanned unit; `byHand`: typed or counted, not scanned, and recorded as such. */
export const verifyScan = (orderId: number, code: string, byHand?: { qty: number }) =>
  api.post<VerifyAnswer>(
    `/orders/${orderId}/verify-scan`,
    byHand ? { code, qty: byHand.qty, manual: true } : { code },
  );

export const resetScans = (orderId: number) => api.post(`/orders/${orderId}/verify-reset`);

export const markPacked = (orderId: number, skipVerification: boolean, requestId: string) =>
  api.post<PackedAnswer>(`/orders/${orderId}/mark-packed`, {
    ...(skipVerification ? { skip_verification: true } : {}),
    request_id: requestId,
  });

export const shipOrder = (orderId: number, fields: ShipFields, requestId: string) =>
  api.post<ShipAnswer>(`/orders/${orderId}/ship`, { ...fields, request_id: requestId });
