import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { toApiError, type ApiError } from '../../api/api-error';
import { api } from '../../api/client';
import { carrierMismatch } from '../../../src-main/domain/carrier';
import type {
  OrderDetail,
  OrderItem,
  OrderPage,
  OrderSummary,
  PackedAnswer,
  ScanLookup,
  ShipAnswer,
  Shipment,
  VerifyAnswer,
} from '../../api/types';
import { LoadError } from '../../components/LoadError';
import { useAction } from '../../hooks/useAction';
import { useApiData } from '../../hooks/useApiData';
import { useLatest } from '../../hooks/useLatest';
import { useStationInfo } from '../../hooks/useStationInfo';
import { useStationEvents } from '../../hooks/useStationEvents';
import { signalError, signalSuccess } from '../picker/feedback';
import { randomId } from '../picker/ids';
import { AmbiguousNumber, numberChoice, type NumberChoice } from './AmbiguousNumber';
import { ManualEntry } from './ManualEntry';
import { OrderPanel, type Banner } from './OrderPanel';
import { PackQueue } from './PackQueue';
import { isComplete, progressOf, recentlyDone, shipmentFields } from './packing-logic';
import { RecentList } from './RecentList';
import { SerialScannerChip } from './SerialScannerChip';
import type { ShipDraft } from './ShipForm';
import {
  openPdf,
  printSlip,
  savedSlipSize,
  saveSlipSize,
  slipsUrl,
  slipUrl,
  type SlipSize,
} from './slip';
import { useDeskScans } from './useDeskScans';
import { useSerialScans } from './useSerialScans';
import { usePackingKeys, type PackingKey } from './usePackingKeys';

const CARRIER_KEY = 'warehouse-station.carrier';
const SHIP_FIELDS = ['carrier', 'tracking_number', 'weight_oz', 'shipping_cost'] as const;

const blankDraft = (): ShipDraft => ({
  carrier: localStorage.getItem(CARRIER_KEY) ?? 'USPS',
  tracking: '',
  weight: '',
  cost: '',
});

/** The order a slip barcode names: by number first, then whatever else the station resolves. */
async function findOrder(code: string): Promise<number | null> {
  try {
    return (await api.get<{ id: number }>(`/orders/by-number/${encodeURIComponent(code)}`)).id;
  } catch (err) {
    if (toApiError(err).status !== 404) throw err;
  }
  const found = await api.post<ScanLookup>('/scan', { code, action: 'lookup' });
  return found.kind === 'order' ? found.order.id : null;
}

/** The packing desk: the queue, the open order, scan-to-verify, print, pack and ship. */
export function PackingPage() {
  const station = useStationInfo();
  const ready = useApiData<OrderSummary[]>('/orders/ready-to-pack');
  const toShip = useApiData<OrderSummary[]>('/orders/pending-shipment');
  const shipped = useApiData<OrderPage>('/orders?status=shipped&page_size=20');

  const [order, setOrder] = useState<OrderDetail | null>(null);
  const orderRef = useRef<OrderDetail | null>(null);
  const [banner, setBanner] = useState<Banner | null>(null);
  const [choice, setChoice] = useState<NumberChoice | null>(null);
  const [flash, setFlash] = useState<{ itemId: number; n: number } | null>(null);
  const [confirmSkip, setConfirmSkip] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [draft, setDraft] = useState<ShipDraft>(blankDraft);
  const [size, setSize] = useState<SlipSize>(savedSlipSize);
  const [manualOpen, setManualOpen] = useState(false);
  /** The carrier and number the packer was warned about: a second Enter ships them anyway. */
  const warnedMismatch = useRef<string | null>(null);
  const shipAction = useAction(SHIP_FIELDS);
  const trackingRef = useRef<HTMLInputElement>(null);
  const requestIds = useRef<{ orderId: number; pack: string; ship: string } | null>(null);
  const scans = useRef<Promise<void>>(Promise.resolve());

  const reloadLists = () => {
    ready.reload();
    toShip.reload();
    shipped.reload();
  };

  const show = (next: OrderDetail | null) => {
    orderRef.current = next;
    setOrder(next);
  };

  const fail = (text: string) => {
    signalError();
    setBanner({ tone: 'error', text });
  };

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
      setChoice(found);
    }
    return found !== null;
  };

  const openOrder = async (id: number, note?: Banner) => {
    setChoice(null);
    setBusy('open');
    try {
      const detail = await api.get<OrderDetail>(`/orders/${id}`);
      if (orderRef.current?.id !== id) {
        setDraft((d) => ({ ...blankDraft(), carrier: d.carrier }));
        shipAction.clearError();
      }
      show(detail);
      setFlash(null);
      setConfirmSkip(false);
      setBanner(note ?? null);
    } catch (err) {
      fail(toApiError(err).message);
    } finally {
      setBusy(null);
    }
  };

  const closeOrder = () => {
    show(null);
    setBanner(null);
    setFlash(null);
    setConfirmSkip(false);
  };

  /** Resolves true when the units were counted. `byHand`: typed or counted, not scanned. */
  const verify = async (
    current: OrderDetail,
    code: string,
    byHand?: { qty: number },
  ): Promise<boolean> => {
    try {
      const answer = await api.post<VerifyAnswer>(
        `/orders/${current.id}/verify-scan`,
        byHand ? { code, qty: byHand.qty, manual: true } : { code },
      );
      signalSuccess();
      const latest = orderRef.current?.id === current.id ? orderRef.current : current;
      const next = {
        ...latest,
        items: latest.items.map((item) =>
          item.id === answer.item_id ? { ...item, qty_verified: answer.qty_verified } : item,
        ),
      };
      show(next);
      setFlash((f) => ({ itemId: answer.item_id, n: (f?.n ?? 0) + 1 }));
      setBanner(
        answer.complete
          ? {
              tone: 'success',
              text: `All scanned. Press Ctrl+Enter or K to mark order ${current.number} packed.`,
            }
          : {
              tone: 'success',
              text: `${answer.sku}: ${answer.qty_verified} of ${answer.qty_to_pack} scanned${byHand ? ' (checked by hand)' : ''}.`,
            },
      );
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

  const countLine = (item: OrderItem, qty: number) => {
    const current = orderRef.current;
    return current ? verify(current, item.sku, { qty }) : Promise.resolve(false);
  };

  /** A scan, or a code typed in the manual entry (`byHand`), which is recorded as such. */
  const processScan = async (code: string, byHand = false) => {
    const current = orderRef.current;
    if (current && current.number === code) {
      setBanner({ tone: 'info', text: `Order ${code} is already open: scan its items.` });
      return;
    }
    if (current && current.status === 'ready_to_pack' && !current.fully_short) {
      await verify(current, code, byHand ? { qty: 1 } : undefined);
      return;
    }
    try {
      const id = await findOrder(code);
      if (id !== null) {
        signalSuccess();
        await openOrder(id);
        return;
      }
      if (current?.status === 'packed') {
        setDraft((d) => ({ ...d, tracking: code }));
        setBanner({
          tone: 'info',
          text: `Put ${code} in the tracking number. Check the carrier and press Enter in the form to ship.`,
        });
        trackingRef.current?.focus();
        return;
      }
      fail(
        current
          ? `“${code}” is not an order number, and order ${current.number} is not waiting to be scanned.`
          : `“${code}” is not a packing slip. Scan the slip’s barcode to open its order first.`,
      );
    } catch (err) {
      if (!offerChoice(err)) fail(toApiError(err).message);
    }
  };

  const enqueueScan = (code: string, byHand = false) => {
    // One at a time, in the order they were read: a fast packer scans before the last answer.
    scans.current = scans.current.then(() => processScan(code, byHand)).catch(() => undefined);
  };

  const ship = async (values: ShipDraft) => {
    const current = orderRef.current;
    if (!current || current.status !== 'packed') return;
    const fields = shipmentFields(values);
    if ('error' in fields) {
      fail(fields.error);
      if (!values.tracking.trim()) trackingRef.current?.focus();
      return;
    }
    // A number in another carrier's format is said before it ships; Enter again ships it as is.
    const looksLike = carrierMismatch(fields.carrier, fields.tracking_number);
    const warned = `${fields.carrier}|${fields.tracking_number}`;
    if (looksLike && warnedMismatch.current !== warned) {
      warnedMismatch.current = warned;
      signalError();
      setBanner({
        tone: 'info',
        text: `${fields.tracking_number} looks like a ${looksLike} tracking number, not ${fields.carrier}. Choose ${looksLike}, or press Enter again to ship with ${fields.carrier}.`,
      });
      trackingRef.current?.focus();
      return;
    }
    let shipment: ShipAnswer | null = null;
    const ok = await shipAction.run(async () => {
      shipment = await api.post<ShipAnswer>(`/orders/${current.id}/ship`, {
        ...fields,
        request_id: idsFor(current.id).ship,
      });
    });
    if (!ok || !shipment) {
      signalError();
      return;
    }
    const done: ShipAnswer = shipment;
    signalSuccess();
    localStorage.setItem(CARRIER_KEY, values.carrier);
    (document.activeElement as HTMLElement | null)?.blur();
    show(null);
    setDraft((d) => ({ ...blankDraft(), carrier: d.carrier }));
    const next = ready.data?.find((o) => o.id !== current.id);
    setBanner({
      tone: 'success',
      text: `Shipped order ${current.number} with ${done.carrier}, tracking ${done.tracking_number}.`,
      next: next ? { id: next.id, number: next.number } : undefined,
    });
    reloadLists();
  };

  const markPacked = async (skipVerification: boolean) => {
    const current = orderRef.current;
    if (!current || current.status !== 'ready_to_pack') return;
    setConfirmSkip(false);
    setBusy('pack');
    try {
      const answer = await api.post<PackedAnswer>(`/orders/${current.id}/mark-packed`, {
        ...(skipVerification ? { skip_verification: true } : {}),
        request_id: idsFor(current.id).pack,
      });
      signalSuccess();
      reloadLists();
      await openOrder(current.id, {
        tone: 'success',
        text: current.fully_short
          ? `Order ${current.number} is closed out: nothing was in stock, so nothing ships. The out-of-stock report lists it for a refund or cancellation.`
          : answer.pack_verified
            ? `Order ${current.number} is packed. Print the slip (P) if you have not, then ship it (S).`
            : `Order ${current.number} is packed without scanning every item; that is recorded. Ship it with S.`,
      });
    } catch (err) {
      fail(toApiError(err).message);
    } finally {
      setBusy(null);
    }
  };

  const print = async () => {
    const current = orderRef.current;
    if (!current) return;
    setBusy('print');
    try {
      const answer = await printSlip(current.id);
      signalSuccess();
      setBanner({
        tone: 'success',
        text: `Slip sent to ${answer.printer} (${answer.bytes} bytes).`,
      });
    } catch (err) {
      const error: ApiError = toApiError(err);
      if (error.code === 'no_printer') {
        setBanner({ tone: 'info', text: `${error.message} Opening the PDF slip instead.` });
        await pdf();
      } else {
        fail(`${error.message} Press Shift+P for the PDF slip instead.`);
      }
    } finally {
      setBusy(null);
    }
  };

  const pdf = async () => {
    const current = orderRef.current;
    if (!current) return;
    try {
      const how = await openPdf(slipUrl(current.id, size));
      setBanner({
        tone: 'info',
        text:
          how === 'printed'
            ? `Sent the ${size} PDF slip of order ${current.number} to the printer.`
            : `Opened the ${size} PDF slip of order ${current.number} in a new tab.`,
      });
    } catch (err) {
      fail(toApiError(err).message);
    }
  };

  /** Every slip the queue will need, one PDF: for desks that print the morning's slips first. */
  const queuePdf = async (orderIds: number[]) => {
    try {
      const how = await openPdf(slipsUrl(orderIds, size));
      const what = `${orderIds.length} ${size} packing ${orderIds.length === 1 ? 'slip' : 'slips'}`;
      setBanner({
        tone: 'info',
        text: how === 'printed' ? `Sent ${what} to the printer.` : `Opened ${what} in a new tab.`,
      });
    } catch (err) {
      fail(toApiError(err).message);
    }
  };

  const resetScans = async () => {
    const current = orderRef.current;
    if (!current) return;
    setBusy('reset');
    try {
      await api.post(`/orders/${current.id}/verify-reset`);
      await openOrder(current.id, { tone: 'info', text: 'Scanning starts over for this order.' });
      ready.reload();
    } catch (err) {
      fail(toApiError(err).message);
    } finally {
      setBusy(null);
    }
  };

  const onShipmentChanged = ({ kind, shipment }: { kind: string; shipment: Shipment }) => {
    const current = orderRef.current;
    if (!current) return;
    if (kind === 'voided') {
      // Shipping it again is a new shipment, not a replay of the voided one.
      requestIds.current = null;
      reloadLists();
    }
    void openOrder(current.id, {
      tone: 'success',
      text:
        kind === 'voided'
          ? `Voided the ${shipment.carrier} shipment of order ${current.number}: its stock is back and the order waits to ship again.`
          : `Saved the shipment of order ${current.number}: ${shipment.carrier} ${shipment.tracking_number}.`,
    });
  };

  const onKey = (key: PackingKey) => {
    const current = orderRef.current;
    if (key === 'manual') {
      setManualOpen(true);
      return;
    }
    if (key === 'escape') {
      if (manualOpen) setManualOpen(false);
      else if (choice) setChoice(null);
      else if (confirmSkip) setConfirmSkip(false);
      else if (document.activeElement === trackingRef.current) trackingRef.current?.blur();
      else if (banner?.tone === 'error') setBanner(null);
      else if (current) closeOrder();
      else setBanner(null);
      return;
    }
    if (confirmSkip) return;
    if (key === 'next') {
      const next = banner?.next ?? ready.data?.find((o) => o.id !== current?.id);
      if (next) void openOrder(next.id);
      return;
    }
    if (!current) {
      setBanner({ tone: 'info', text: 'Scan a packing slip or choose an order from the queue.' });
      return;
    }
    if (key === 'print') void print();
    else if (key === 'pdf') void pdf();
    else if (key === 'ship') {
      if (current.status === 'packed') trackingRef.current?.focus();
      else
        setBanner({
          tone: 'info',
          text:
            current.status === 'shipped'
              ? `Order ${current.number} is already shipped.`
              : 'Mark the order packed first (Ctrl+Enter), then ship it.',
        });
    } else if (key === 'pack' && current.status === 'ready_to_pack') {
      if (isComplete(current)) void markPacked(false);
      else {
        const { verified, toPack } = progressOf(current);
        fail(
          `Scan every item first: ${verified} of ${toPack} scanned. Shift+K packs without scanning (recorded).`,
        );
      }
    } else if (key === 'packUnscanned' && current.status === 'ready_to_pack') {
      setConfirmSkip(true);
    }
  };

  usePackingKeys(onKey, true);

  // /packing?order=ID (the Orders page's "Open at the desk") opens that order, once per link.
  const [params] = useSearchParams();
  const linked = Number(params.get('order')) || null;
  const openLinked = useLatest((id: number) => void openOrder(id));
  useEffect(() => {
    if (linked !== null) openLinked(linked);
  }, [linked, openLinked]);

  useDeskScans(
    (code) => {
      const field = trackingRef.current;
      if (field && document.activeElement === field) {
        // The gun typed into the tracking field; its Enter ships.
        const typed = field.value.trim();
        const tracking = typed.endsWith(code) ? typed : code;
        const values = { ...draft, tracking };
        setDraft(values);
        void ship(values);
        return;
      }
      enqueueScan(code);
    },
    (typed) => enqueueScan(typed, true),
    station?.scanner && {
      minLength: station.scanner.min_length,
      terminator: station.scanner.terminator,
    },
  );

  useStationEvents((event) => {
    if (
      event.type === 'order_ready' ||
      event.type === 'order_packed' ||
      event.type === 'order_shipped'
    ) {
      reloadLists();
    } else if (event.type === 'hello' && event.resumed) reloadLists();
  });
  useSerialScans((code) => enqueueScan(code));

  const recent = recentlyDone(toShip.data ?? [], shipped.data?.orders ?? []);
  const listError = ready.error ?? toShip.error;

  return (
    <div className="packing">
      <header className="page-header packing-header">
        <h1>Packing</h1>
        <p className="muted">
          Scan a packing slip to open its order, then scan every item into the box.
        </p>
        <SerialScannerChip />
        <ManualEntry
          open={manualOpen}
          onOpen={() => setManualOpen(true)}
          onClose={() => setManualOpen(false)}
          onSubmit={(code) => enqueueScan(code, true)}
        />
      </header>
      {listError && <LoadError message={listError} onRetry={reloadLists} />}
      {choice && (
        <AmbiguousNumber
          choice={choice}
          onOpen={(id) => void openOrder(id)}
          onDismiss={() => setChoice(null)}
        />
      )}
      <div className="packing-desk">
        <PackQueue
          ready={ready.data}
          toShip={toShip.data}
          openId={order?.id ?? null}
          onOpen={(id) => void openOrder(id)}
          onQueuePdf={(ids) => void queuePdf(ids)}
        />
        <OrderPanel
          order={order}
          banner={banner}
          flash={flash}
          busy={busy}
          confirmSkip={confirmSkip}
          size={size}
          draft={draft}
          shipBusy={shipAction.busy}
          shipError={shipAction.formError}
          shipFieldError={shipAction.fieldError}
          trackingRef={trackingRef}
          nextUp={ready.data?.find((o) => o.id !== order?.id) ?? null}
          onSize={(s) => {
            setSize(s);
            saveSlipSize(s);
          }}
          onDraft={setDraft}
          onKey={onKey}
          onShip={() => void ship(draft)}
          onConfirmSkip={() => void markPacked(true)}
          onCancelSkip={() => setConfirmSkip(false)}
          onReset={() => void resetScans()}
          onOpen={(id) => void openOrder(id)}
          onDismissBanner={() => setBanner(null)}
          onCount={countLine}
          onShipmentChanged={onShipmentChanged}
        />
      </div>
      <RecentList orders={recent} onOpen={(id) => void openOrder(id)} />
    </div>
  );
}
