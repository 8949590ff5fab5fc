import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { useLatest } from '../../hooks/useLatest';
import { useStationInfo } from '../../hooks/useStationInfo';
import { AmbiguousNumber } from './AmbiguousNumber';
import { ManualEntry } from './ManualEntry';
import { OrderPanel } from './OrderPanel';
import { PackQueue } from './PackQueue';
import { RecentList } from './RecentList';
import { SerialScannerChip } from './SerialScannerChip';
import { saveSlipSize } from './slip';
import { useDesk } from './useDesk';
import { useDeskActions } from './useDeskActions';
import { useDeskKeys } from './useDeskKeys';
import { useDeskLists } from './useDeskLists';
import { useDeskScans } from './useDeskScans';
import { useSerialScans } from './useSerialScans';
import { useSlipActions } from './useSlipActions';

/** The packing desk: the queue, the open order, scan-to-verify, print, pack and ship. */
export function PackingPage() {
  const station = useStationInfo();
  const lists = useDeskLists();
  const desk = useDesk();
  const trackingRef = useRef<HTMLInputElement>(null);
  const actions = useDeskActions(desk, lists, trackingRef);
  const slips = useSlipActions(desk);
  const onKey = useDeskKeys(desk, { ...actions, ...slips }, lists, trackingRef);
  const { state, dispatch } = desk;
  const { shipAction, openOrder, enqueueScan } = actions;
  const open = (id: number) => void openOrder(id);

  // /packing?order=ID (the Orders page's "Open at the desk") opens that order, once per link.
  const [params] = useSearchParams();
  const linked = Number(params.get('order')) || null;
  const openLinked = useLatest(open);
  useEffect(() => {
    if (linked !== null) openLinked(linked);
  }, [linked, openLinked]);

  useDeskScans(
    actions.gunScan,
    (typed) => enqueueScan(typed, true),
    station?.scanner && {
      minLength: station.scanner.min_length,
      terminator: station.scanner.terminator,
    },
  );
  useSerialScans((code) => enqueueScan(code));

  return (
    <div className="packing">
      <header className="page-header packing-header">
        <h1>Packing</h1>
        <p className="muted">
          Scan a packing slip to open its order, then scan every item into the box.
        </p>
        <SerialScannerChip />
        <ManualEntry
          open={state.manualOpen}
          onOpen={() => dispatch({ type: 'manual', open: true })}
          onClose={() => dispatch({ type: 'manual', open: false })}
          onSubmit={(code) => enqueueScan(code, true)}
        />
      </header>
      {lists.error && <LoadError message={lists.error} onRetry={lists.reload} />}
      {state.choice && (
        <AmbiguousNumber
          choice={state.choice}
          onOpen={open}
          onDismiss={() => dispatch({ type: 'choice', choice: null })}
        />
      )}
      <div className="packing-desk">
        <PackQueue
          ready={lists.ready.data}
          toShip={lists.toShip.data}
          openId={state.order?.id ?? null}
          onOpen={open}
          onQueuePdf={(ids) => void slips.queuePdf(ids)}
        />
        <OrderPanel
          order={state.order}
          banner={state.banner}
          flash={state.flash}
          busy={state.busy}
          confirmSkip={state.confirmSkip}
          size={state.size}
          draft={state.draft}
          shipBusy={shipAction.busy}
          shipError={shipAction.formError}
          shipFieldError={shipAction.fieldError}
          trackingRef={trackingRef}
          nextUp={lists.ready.data?.find((o) => o.id !== state.order?.id) ?? null}
          onSize={(size) => {
            dispatch({ type: 'size', size });
            saveSlipSize(size);
          }}
          onDraft={(draft) => dispatch({ type: 'draft', draft })}
          onKey={onKey}
          onShip={() => void actions.ship(state.draft)}
          onConfirmSkip={() => void actions.pack(true)}
          onCancelSkip={() => dispatch({ type: 'confirmSkip', open: false })}
          onReset={() => void actions.startOver()}
          onOpen={open}
          onDismissBanner={() => dispatch({ type: 'dismissBanner' })}
          onCount={actions.countLine}
          onShipmentChanged={actions.shipmentChanged}
        />
      </div>
      <RecentList orders={lists.recent} onOpen={open} />
    </div>
  );
}
