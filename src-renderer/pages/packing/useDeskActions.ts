import { useRef, type RefObject } from 'react';
import { toApiError } from '../../api/api-error';
import type { OrderDetail, OrderItem, ShipAnswer, Shipment } from '../../api/types';
import { useAction } from '../../hooks/useAction';
import { signalError, signalSuccess } from '../picker/feedback';
import { randomId } from '../picker/ids';
import { numberChoice } from './AmbiguousNumber';
import {
  alreadyOpenText,
  notASlipText,
  packedNote,
  scanPlan,
  shipmentNote,
  shipPlan,
  type Banner,
} from './desk';
import { findOrder, getOrder, markPacked, resetScans, shipOrder, verifyScan } from './packing-api';
import type { ShipDraft } from './packing-logic';
import { saveCarrier, type Desk } from './useDesk';
import type { DeskLists } from './useDeskLists';

const SHIP_FIELDS = ['carrier', 'tracking_number', 'weight_oz', 'shipping_cost'] as const;

/** What the desk does with the station: open, scan, pack, ship, start over. */
export function useDeskActions(
  { get, dispatch, fail }: Desk,
  lists: DeskLists,
  trackingRef: RefObject<HTMLInputElement | null>,
) {
  const shipAction = useAction(SHIP_FIELDS);
  // One pack and one shipment per order: a retried request replays instead of acting twice.
  const requestIds = useRef<{ orderId: number; pack: string; ship: string } | null>(null);
  const scans = useRef<Promise<void>>(Promise.resolve());

  const idsFor = (orderId: number) => {
    if (requestIds.current?.orderId !== orderId) {
      requestIds.current = { orderId, pack: randomId(), ship: randomId() };
    }
    return requestIds.current;
  };

  /** A slip number two orders share: list them instead of opening one. */
  const offerChoice = (err: unknown): boolean => {
    const found = numberChoice(toApiError(err));
    if (found) {
      signalError();
      dispatch({ type: 'choice', choice: found });
    }
    return found !== null;
  };

  const openOrder = async (id: number, note?: Banner) => {
    dispatch({ type: 'opening' });
    try {
      const order = await getOrder(id);
      if (get().order?.id !== id) shipAction.clearError();
      dispatch({ type: 'opened', order, note });
    } catch (err) {
      fail(toApiError(err).message);
      dispatch({ type: 'busy', busy: null });
    }
  };

  /** Resolves true when the units were counted. `byHand`: typed or counted, not scanned. */
  const verify = async (order: OrderDetail, code: string, byHand?: { qty: number }) => {
    try {
      const answer = await verifyScan(order.id, code, byHand);
      signalSuccess();
      dispatch({ type: 'verified', order, answer, byHand: byHand !== undefined });
      return true;
    } catch (err) {
      const error = toApiError(err);
      // A code that is no product at all may be another order's slip.
      const maybeSlip = error.code === 'not_in_order' && error.details.sku == null;
      const otherOrder = maybeSlip
        ? await findOrder(code).catch((err: unknown) => (offerChoice(err) ? undefined : null))
        : null;
      if (otherOrder === undefined) return false;
      if (otherOrder !== null) {
        await openOrder(otherOrder);
        return false;
      }
      fail(error.message);
      return false;
    }
  };

  /** A scan, or a code typed in the manual entry (`byHand`), which is recorded as such. */
  const processScan = async (code: string, byHand: boolean) => {
    const current = get().order;
    const plan = scanPlan(current, code);
    if (plan === 'alreadyOpen') {
      dispatch({ type: 'notice', text: alreadyOpenText(code) });
      return;
    }
    if (plan === 'verify' && current) {
      await verify(current, code, byHand ? { qty: 1 } : undefined);
      return;
    }
    try {
      const id = await findOrder(code);
      if (id !== null) {
        signalSuccess();
        await openOrder(id);
      } else if (current?.status === 'packed') {
        dispatch({ type: 'trackingScanned', code });
        trackingRef.current?.focus();
      } else {
        fail(notASlipText(code, current));
      }
    } catch (err) {
      if (!offerChoice(err)) fail(toApiError(err).message);
    }
  };

  const enqueueScan = (code: string, byHand = false) => {
    // One at a time, in the order they were read: a fast packer scans before the last answer.
    scans.current = scans.current.then(() => processScan(code, byHand)).catch(() => undefined);
  };

  const ship = async (values: ShipDraft) => {
    const current = get().order;
    if (!current || current.status !== 'packed') return;
    const plan = shipPlan(get(), values);
    if (plan.kind === 'invalid') {
      fail(plan.error);
      if (!values.tracking.trim()) trackingRef.current?.focus();
      return;
    }
    if (plan.kind === 'warn') {
      signalError();
      const { carrier, tracking, looksLike } = plan;
      dispatch({ type: 'mismatchWarned', carrier, tracking, looksLike });
      trackingRef.current?.focus();
      return;
    }
    let shipment: ShipAnswer | null = null;
    const ok = await shipAction.run(async () => {
      shipment = await shipOrder(current.id, plan.fields, idsFor(current.id).ship);
    });
    if (!ok || !shipment) {
      signalError();
      return;
    }
    const answer: ShipAnswer = shipment;
    signalSuccess();
    saveCarrier(values.carrier);
    (document.activeElement as HTMLElement | null)?.blur();
    const next = lists.ready.data?.find((o) => o.id !== current.id);
    dispatch({
      type: 'shipped',
      order: current,
      answer,
      next: next ? { id: next.id, number: next.number } : undefined,
    });
    lists.reload();
  };

  /** While the tracking field has the focus, a gun's code is the tracking number, and ships. */
  const gunScan = (code: string) => {
    const field = trackingRef.current;
    if (field && document.activeElement === field) {
      const typed = field.value.trim();
      const draft = { ...get().draft, tracking: typed.endsWith(code) ? typed : code };
      dispatch({ type: 'draft', draft });
      void ship(draft);
      return;
    }
    enqueueScan(code);
  };

  const pack = async (skipVerification: boolean) => {
    const current = get().order;
    if (!current || current.status !== 'ready_to_pack') return;
    dispatch({ type: 'confirmSkip', open: false });
    dispatch({ type: 'busy', busy: 'pack' });
    try {
      const answer = await markPacked(current.id, skipVerification, idsFor(current.id).pack);
      signalSuccess();
      lists.reload();
      await openOrder(current.id, packedNote(current, answer));
    } catch (err) {
      fail(toApiError(err).message);
    } finally {
      dispatch({ type: 'busy', busy: null });
    }
  };

  const startOver = async () => {
    const current = get().order;
    if (!current) return;
    dispatch({ type: 'busy', busy: 'reset' });
    try {
      await resetScans(current.id);
      await openOrder(current.id, { tone: 'info', text: 'Scanning starts over for this order.' });
      lists.ready.reload();
    } catch (err) {
      fail(toApiError(err).message);
    } finally {
      dispatch({ type: 'busy', busy: null });
    }
  };

  const shipmentChanged = ({
    kind,
    shipment,
  }: {
    kind: 'edited' | 'voided';
    shipment: Shipment;
  }) => {
    const current = get().order;
    if (!current) return;
    if (kind === 'voided') {
      // Shipping it again is a new shipment, not a replay of the voided one.
      requestIds.current = null;
      lists.reload();
    }
    void openOrder(current.id, shipmentNote(current, kind, shipment));
  };

  const countLine = (item: OrderItem, qty: number) => {
    const current = get().order;
    return current ? verify(current, item.sku, { qty }) : Promise.resolve(false);
  };

  return {
    shipAction,
    openOrder,
    enqueueScan,
    gunScan,
    countLine,
    ship,
    pack,
    startOver,
    shipmentChanged,
  };
}

export type DeskActions = ReturnType<typeof useDeskActions>;
