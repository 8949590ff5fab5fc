import { carrierMismatch } from '../../../src-main/domain/carrier';
import type {
  OrderDetail,
  PackedAnswer,
  ShipAnswer,
  Shipment,
  VerifyAnswer,
} from '../../api/types';
import type { NumberChoice } from './AmbiguousNumber';
import type { ShipFields } from './packing-api';
import { progressOf, shipmentFields, type ShipDraft } from './packing-logic';
import type { openPdf, SlipSize } from './slip';

export interface Banner {
  tone: 'error' | 'success' | 'info';
  text: string;
  /** After a shipment: the order to open next. */
  next?: { id: number; number: string } | undefined;
}

/** What the desk is waiting for; the panel disables the buttons that would start it again. */
export type DeskBusy = 'open' | 'pack' | 'print' | 'reset';

export interface DeskState {
  order: OrderDetail | null;
  banner: Banner | null;
  /** A slip number two orders share, listed for the packer to choose. */
  choice: NumberChoice | null;
  /** The line a scan just counted; `n` changes on every count so the same line flashes again. */
  flash: { itemId: number; n: number } | null;
  /** Shift+K asked: packing without scanning waits for a yes. */
  confirmSkip: boolean;
  busy: DeskBusy | null;
  draft: ShipDraft;
  size: SlipSize;
  manualOpen: boolean;
  /** The carrier and number the packer was warned about: a second Enter ships them anyway. */
  warnedMismatch: string | null;
}

export type DeskEvent =
  | { type: 'opening' }
  | { type: 'opened'; order: OrderDetail; note?: Banner | undefined }
  | { type: 'closed' }
  | { type: 'failed'; text: string }
  | { type: 'notice'; text: string }
  | { type: 'busy'; busy: DeskBusy | null }
  | { type: 'choice'; choice: NumberChoice | null }
  | { type: 'verified'; order: OrderDetail; answer: VerifyAnswer; byHand: boolean }
  | { type: 'trackingScanned'; code: string }
  | { type: 'mismatchWarned'; carrier: string; tracking: string; looksLike: string }
  | { type: 'shipped'; order: OrderDetail; answer: ShipAnswer; next: Banner['next'] }
  | { type: 'confirmSkip'; open: boolean }
  | { type: 'printed'; printer: string; bytes: number }
  | { type: 'pdfOpened'; how: PdfOutcome; number: string; size: SlipSize }
  | { type: 'slipsOpened'; how: PdfOutcome; count: number; size: SlipSize }
  | { type: 'draft'; draft: ShipDraft }
  | { type: 'size'; size: SlipSize }
  | { type: 'manual'; open: boolean }
  | { type: 'dismissBanner' }
  | { type: 'escape'; trackingFocused: boolean };

/** Printed through the desktop window, or opened in a browser tab. */
type PdfOutcome = Awaited<ReturnType<typeof openPdf>>;

export function initialDesk({ carrier, size }: { carrier: string; size: SlipSize }): DeskState {
  return {
    order: null,
    banner: null,
    choice: null,
    flash: null,
    confirmSkip: false,
    busy: null,
    draft: blankDraft(carrier),
    size,
    manualOpen: false,
    warnedMismatch: null,
  };
}

/** A new order starts with an empty ship form; the carrier stays, most desks ship with one. */
const blankDraft = (carrier: string): ShipDraft => ({
  carrier,
  tracking: '',
  weight: '',
  cost: '',
});

/** What Esc closes: the innermost thing the packer opened, the order last. */
export type EscapeTarget = 'manual' | 'choice' | 'confirmSkip' | 'tracking' | 'error' | 'order';

export function escapeTarget(state: DeskState, trackingFocused: boolean): EscapeTarget | null {
  if (state.manualOpen) return 'manual';
  if (state.choice) return 'choice';
  if (state.confirmSkip) return 'confirmSkip';
  if (trackingFocused) return 'tracking';
  if (state.banner?.tone === 'error') return 'error';
  return state.order ? 'order' : null;
}

export function desk(state: DeskState, event: DeskEvent): DeskState {
  switch (event.type) {
    case 'opening':
      return { ...state, choice: null, busy: 'open' };
    case 'opened': {
      const sameOrder = state.order?.id === event.order.id;
      return {
        ...state,
        order: event.order,
        draft: sameOrder ? state.draft : blankDraft(state.draft.carrier),
        flash: null,
        confirmSkip: false,
        banner: event.note ?? null,
        busy: null,
      };
    }
    case 'closed':
      return { ...state, order: null, banner: null, flash: null, confirmSkip: false };
    case 'failed':
      return { ...state, banner: { tone: 'error', text: event.text } };
    case 'notice':
      return { ...state, banner: { tone: 'info', text: event.text } };
    case 'busy':
      return { ...state, busy: event.busy };
    case 'choice':
      return { ...state, choice: event.choice };
    case 'verified':
      return verified(state, event);
    case 'trackingScanned':
      return {
        ...state,
        draft: { ...state.draft, tracking: event.code },
        banner: {
          tone: 'info',
          text: `Put ${event.code} in the tracking number. Check the carrier and press Enter in the form to ship.`,
        },
      };
    case 'mismatchWarned':
      return {
        ...state,
        warnedMismatch: mismatchKey(event.carrier, event.tracking),
        banner: {
          tone: 'info',
          text: `${event.tracking} looks like a ${event.looksLike} tracking number, not ${event.carrier}. Choose ${event.looksLike}, or press Enter again to ship with ${event.carrier}.`,
        },
      };
    case 'shipped':
      return {
        ...state,
        order: null,
        draft: blankDraft(state.draft.carrier),
        banner: {
          tone: 'success',
          text: `Shipped order ${event.order.number} with ${event.answer.carrier}, tracking ${event.answer.tracking_number}.`,
          next: event.next,
        },
      };
    case 'confirmSkip':
      return { ...state, confirmSkip: event.open };
    case 'printed':
      return {
        ...state,
        banner: { tone: 'success', text: `Slip sent to ${event.printer} (${event.bytes} bytes).` },
      };
    case 'pdfOpened': {
      const { size, number } = event;
      return {
        ...state,
        banner: {
          tone: 'info',
          text:
            event.how === 'printed'
              ? `Sent the ${size} PDF slip of order ${number} to the printer.`
              : `Opened the ${size} PDF slip of order ${number} in a new tab.`,
        },
      };
    }
    case 'slipsOpened': {
      const what = `${event.count} ${event.size} packing ${event.count === 1 ? 'slip' : 'slips'}`;
      return {
        ...state,
        banner: {
          tone: 'info',
          text:
            event.how === 'printed'
              ? `Sent ${what} to the printer.`
              : `Opened ${what} in a new tab.`,
        },
      };
    }
    case 'draft':
      return { ...state, draft: event.draft };
    case 'size':
      return { ...state, size: event.size };
    case 'manual':
      return { ...state, manualOpen: event.open };
    case 'dismissBanner':
      return { ...state, banner: null };
    case 'escape':
      return escaped(state, escapeTarget(state, event.trackingFocused));
  }
}

function verified(
  state: DeskState,
  { order, answer, byHand }: { order: OrderDetail; answer: VerifyAnswer; byHand: boolean },
): DeskState {
  // The order may have been reopened while the scan was on its way: count on the newest copy.
  const latest = state.order?.id === order.id ? state.order : order;
  return {
    ...state,
    order: {
      ...latest,
      items: latest.items.map((item) =>
        item.id === answer.item_id ? { ...item, qty_verified: answer.qty_verified } : item,
      ),
    },
    flash: { itemId: answer.item_id, n: (state.flash?.n ?? 0) + 1 },
    banner: answer.complete
      ? {
          tone: 'success',
          text: `All scanned. Press Ctrl+Enter or K to mark order ${order.number} packed.`,
        }
      : {
          tone: 'success',
          text: `${answer.sku}: ${answer.qty_verified} of ${answer.qty_to_pack} scanned${byHand ? ' (checked by hand)' : ''}.`,
        },
  };
}

function escaped(state: DeskState, target: EscapeTarget | null): DeskState {
  switch (target) {
    case 'manual':
      return { ...state, manualOpen: false };
    case 'choice':
      return { ...state, choice: null };
    case 'confirmSkip':
      return { ...state, confirmSkip: false };
    // Leaving the tracking field is the page's to do; the desk itself stays as it is.
    case 'tracking':
      return state;
    case 'order':
      return desk(state, { type: 'closed' });
    case 'error':
    case null:
      return { ...state, banner: null };
  }
}

const mismatchKey = (carrier: string, tracking: string) => `${carrier}|${tracking}`;

/** What Enter in the ship form leads to: an error to show, a warning first, or the shipment. */
export type ShipPlan =
  | { kind: 'invalid'; error: string }
  | { kind: 'warn'; carrier: string; tracking: string; looksLike: string }
  | { kind: 'ship'; fields: ShipFields };

export function shipPlan(state: DeskState, values: ShipDraft): ShipPlan {
  const fields = shipmentFields(values);
  if ('error' in fields) return { kind: 'invalid', error: fields.error };
  // A number in another carrier's format is said before it ships; Enter again ships it as is.
  const looksLike = carrierMismatch(fields.carrier, fields.tracking_number);
  const { carrier, tracking_number: tracking } = fields;
  if (looksLike && state.warnedMismatch !== mismatchKey(carrier, tracking)) {
    return { kind: 'warn', carrier, tracking, looksLike };
  }
  return { kind: 'ship', fields };
}

/** What a scanned code means for the open order before the station is asked anything. */
export function scanPlan(
  order: OrderDetail | null,
  code: string,
): 'alreadyOpen' | 'verify' | 'find' {
  if (order && order.number === code) return 'alreadyOpen';
  if (order && order.status === 'ready_to_pack' && !order.fully_short) return 'verify';
  return 'find';
}

export const alreadyOpenText = (code: string) => `Order ${code} is already open: scan its items.`;

export const notASlipText = (code: string, order: OrderDetail | null) =>
  order
    ? `“${code}” is not an order number, and order ${order.number} is not waiting to be scanned.`
    : `“${code}” is not a packing slip. Scan the slip’s barcode to open its order first.`;

export const unscannedText = (order: OrderDetail) => {
  const { verified, toPack } = progressOf(order);
  return `Scan every item first: ${verified} of ${toPack} scanned. Shift+K packs without scanning (recorded).`;
};

/** Said once the order is packed (or closed out), when it opens again. */
export function packedNote(order: OrderDetail, answer: PackedAnswer): Banner {
  return {
    tone: 'success',
    text: order.fully_short
      ? `Order ${order.number} is closed out: nothing was in stock, so nothing ships. The out-of-stock report lists it for a refund or cancellation.`
      : answer.pack_verified
        ? `Order ${order.number} is packed. Print the slip (P) if you have not, then ship it (S).`
        : `Order ${order.number} is packed without scanning every item; that is recorded. Ship it with S.`,
  };
}

export function shipmentNote(order: OrderDetail, kind: 'edited' | 'voided', shipment: Shipment) {
  return {
    tone: 'success',
    text:
      kind === 'voided'
        ? `Voided the ${shipment.carrier} shipment of order ${order.number}: its stock is back and the order waits to ship again.`
        : `Saved the shipment of order ${order.number}: ${shipment.carrier} ${shipment.tracking_number}.`,
  } satisfies Banner;
}
