import { ApiError, toApiError, unreachable } from '../../api/api-error';
import { api, currentSession } from '../../api/client';
import * as devices from '../../../src-main/contract/devices';

export type SlipSize = 'letter' | 'a4' | '4x6';
export const SLIP_SIZES: readonly SlipSize[] = ['letter', 'a4', '4x6'];

const SIZE_KEY = 'warehouse-station.slip-size';

export function savedSlipSize(): SlipSize {
  const saved = localStorage.getItem(SIZE_KEY);
  return SLIP_SIZES.find((s) => s === saved) ?? 'letter';
}

export const saveSlipSize = (size: SlipSize) => localStorage.setItem(SIZE_KEY, size);

export const slipUrl = (orderId: number, size: SlipSize) =>
  `/api/orders/${orderId}/packing-slip?size=${size}`;

/** Many slips in one PDF, in queue order. */
export const slipsUrl = (orderIds: readonly number[], size: SlipSize) =>
  `/api/orders/packing-slips?ids=${orderIds.join(',')}&size=${size}`;

/** Sends the receipt-style slip to the station's thermal printer. */
export const printSlip = (orderId: number) =>
  api.call(devices.printSlip, { params: { id: String(orderId) } });

/**
 * A station PDF (see slipUrl, slipsUrl): printed through the desktop window when there is one (the OS print dialog),
 * otherwise opened in a new tab. The tab is opened before anything is awaited, while the key
 * press still counts as the user's doing, so pop-up blockers let it through.
 */
export async function openPdf(url: string): Promise<'printed' | 'opened'> {
  if (window.station) {
    const result = await window.station.printPdf({ url });
    if (!result.ok) throw new ApiError(0, 'print_failed', result.error ?? 'Printing failed.');
    return 'printed';
  }
  const tab = window.open('', '_blank');
  if (!tab) {
    throw new ApiError(0, 'popup_blocked', 'The browser blocked the new tab: allow pop-ups here.');
  }
  try {
    const res = await fetch(url, {
      headers: { Authorization: `Bearer ${currentSession()?.access ?? ''}` },
    }).catch(() => {
      throw unreachable();
    });
    if (!res.ok) {
      const body = (await res.json().catch(() => null)) as {
        error?: { code?: string; message?: string };
      } | null;
      throw new ApiError(
        res.status,
        body?.error?.code ?? 'error',
        body?.error?.message ?? `The station answered ${res.status} for the PDF.`,
      );
    }
    const blob = await res.blob();
    tab.location.href = URL.createObjectURL(blob);
    return 'opened';
  } catch (err) {
    tab.close();
    throw toApiError(err);
  }
}
