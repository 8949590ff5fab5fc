import { useState, useSyncExternalStore } from 'react';
import { toApiError } from '../../api/api-error';
import type { PicklistSku } from '../../api/types';
import { useUser } from '../../auth/auth-context';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { CategoryChips } from '../picklist/CategoryChips';
import { OfflineCopyNote } from '../picklist/OfflineCopyNote';
import { filterPicklist, findSku } from '../picklist/picklist-search';
import { StatTiles } from '../picklist/StatTiles';
import { useLivePicklist } from '../picklist/useLivePicklist';
import { signalError, signalSuccess } from './feedback';
import { randomId } from './ids';
import { doneAction, LastActions, type DoneAction } from './last-actions';
import { LastActionsList } from './LastActionsList';
import {
  alreadyPickedSentence,
  answerSentence,
  describeAction,
  putBackSentence,
  refusedSentence,
  sentSentence,
  undoSentence,
} from './messages';
import type { FlushReport, QueuedAction } from './offline-queue';
import { NoOfflineReloadNote } from './OfflineNote';
import { withPending } from './pending';
import { inBinOrder, savedPickOrder, savePickOrder, type PickOrder } from './pick-order';
import { matchCode, namesSku, toPick } from './pick-search';
import { PickSheet } from './PickSheet';
import { undoAction, type ActionAnswer } from './picking-api';
import { QueueBanner } from './QueueBanner';
import { ScanBox } from './ScanBox';
import { SkuCard } from './SkuCard';
import { StockLinks } from './StockLinks';
import { usePickQueue } from './usePickQueue';

interface Notice {
  tone: 'success' | 'warning' | 'error';
  text: string;
  /** The action this notice reports, offered for undo. */
  undo?: DoneAction;
}

/** The list narrowed by the scan box: a bin label, or what a typed search found. */
type Focus = { kind: 'bin'; bin: string } | { kind: 'found'; query: string; skus: string[] };

/** The handheld screen: scan or tap a SKU, pick it, or say the shelf is empty. */
export function PickerPage() {
  const user = useUser();
  const [category, setCategory] = useState<string | null>(null);
  const [order, setOrder] = useState<PickOrder>(() => savedPickOrder(localStorage));
  const [focus, setFocus] = useState<Focus | null>(null);
  const [open, setOpen] = useState<{ sku: PicklistSku; scans: number } | null>(null);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  // Per person, like the queue: one picker never undoes another's work from a shared handheld.
  const [lastActions] = useState(
    () => new LastActions(localStorage, `warehouse-station.last-actions.${user.username}`),
  );
  const recent = useSyncExternalStore(lastActions.subscribe, lastActions.items);

  // Done SKUs come too, so a scan of one can say "already picked".
  const { list, stats, refresh, live } = useLivePicklist(true);

  const remember = (answer: ActionAnswer) => {
    const action = doneAction(answer, new Date().toISOString(), randomId());
    lastActions.add(action);
    return action;
  };

  const onReport = (report: FlushReport<ActionAnswer>) => {
    if (report.sent.length === 0 && report.refused.length === 0) return;
    refresh();
    if (report.refused.length > 0) {
      signalError();
      setRefusals((r) => [
        ...r,
        ...report.refused.map(({ action, error }) => refusedSentence(action, error.message)),
      ]);
    }
    if (report.sent.length > 0) {
      const done = report.sent.map(({ answer }) => remember(answer));
      setNotice({ tone: 'success', text: sentSentence(report), undo: done.at(-1) });
    }
  };
  const queue = usePickQueue(user.username, onReport);

  const all = list.data;
  const view = all && toPick(withPending(all, queue.waiting));
  // A category whose last SKU was just picked leaves the chips; the list falls back to all.
  const activeCategory = view?.categories.some((c) => c.name === category) ? category : null;
  const shown = view && filterPicklist(view, { category: activeCategory, query: '' });
  const focused =
    focus &&
    view?.categories
      .flatMap((c) => c.skus)
      .filter((s) =>
        focus.kind === 'bin' ? s.bin_location === focus.bin : focus.skus.includes(s.sku),
      );

  const current =
    open && view ? (findSku(view, open.sku.sku) ?? { ...open.sku, qty_remaining: 0 }) : null;

  const openSheet = (sku: PicklistSku, scans: number) => {
    setSheetError(null);
    setOpen({ sku, scans });
  };

  const openCode = (code: string) => {
    if (open && current) {
      // With a sheet open, the gun counts: each scan of its product is one more unit in hand.
      if (namesSku(current, code)) {
        signalSuccess();
        setSheetError(null);
        setOpen({ ...open, scans: open.scans + 1 });
      } else {
        signalError();
        setSheetError(`That was “${code}”, not ${current.sku}: confirm or close this one first.`);
      }
      return;
    }
    if (!all) return;
    const match = matchCode(all, code);
    switch (match.kind) {
      case 'sku':
        return openSheet(match.sku, 1);
      case 'bin':
        setNotice(
          match.skus.length === 0
            ? { tone: 'warning', text: `Nothing left to pick in bin ${match.bin}.` }
            : null,
        );
        return setFocus(match.skus.length === 0 ? null : { kind: 'bin', bin: match.bin });
      case 'found':
        setNotice(null);
        return setFocus({ kind: 'found', query: code, skus: match.skus.map((s) => s.sku) });
      case 'done':
        signalError();
        return setNotice({ tone: 'warning', text: alreadyPickedSentence(match.skus) });
      case 'none':
        signalError();
        return setNotice({
          tone: 'error',
          text: `Nothing to pick for “${code}”: it is not on the pick list.`,
        });
    }
  };

  const act = async (action: QueuedAction, putBack = '') => {
    setBusy(true);
    setSheetError(null);
    try {
      const outcome = await queue.submit(action);
      signalSuccess();
      setOpen(null);
      if ('queued' in outcome) {
        setNotice({
          tone: 'warning',
          text: `Saved on this handheld: ${describeAction(action)}. It goes to the station as soon as it can be reached.${putBack}`,
        });
      } else {
        setNotice({
          tone: 'success',
          text: `${answerSentence(outcome.answer)}${putBack}`,
          undo: remember(outcome.answer),
        });
        refresh();
      }
    } catch (err) {
      signalError();
      setSheetError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  const stamp = () => ({ request_id: randomId(), queued_at: new Date().toISOString() });
  const pick = (sku: PicklistSku, qty: number, extra: number) =>
    act(
      { kind: 'pick', sku: sku.sku, qty, ...stamp() },
      extra > 0 ? ` ${putBackSentence(extra, sku.bin_location)}` : '',
    );
  const short = (sku: PicklistSku, qty: number | undefined) =>
    act({ kind: 'short', sku: sku.sku, qty, ...stamp() });

  const undo = async (action: DoneAction) => {
    setBusy(true);
    try {
      const answer = await undoAction(action);
      lastActions.remove(action);
      signalSuccess();
      setNotice({ tone: 'success', text: undoSentence(answer) });
      refresh();
    } catch (err) {
      const error = toApiError(err);
      // Undone already (from here or elsewhere): nothing is left to offer.
      if (error.status === 404 || error.code === 'already_undone') lastActions.remove(action);
      signalError();
      setNotice({ tone: 'error', text: error.message });
    } finally {
      setBusy(false);
    }
  };

  const chooseOrder = (next: PickOrder) => {
    savePickOrder(localStorage, next);
    setOrder(next);
  };

  const cards = (skus: readonly PicklistSku[]) => (
    <ul className="sku-cards">
      {skus.map((sku) => (
        <li key={sku.sku}>
          <SkuCard sku={sku} onOpen={(s) => openSheet(s, 0)} />
        </li>
      ))}
    </ul>
  );

  return (
    <div className="picker">
      <div className="picker-bar">
        <div className="picker-title">
          <h1>Pick list</h1>
          <span className={live ? 'live-pill is-live' : 'live-pill'}>
            {live ? 'Live' : 'Offline'}
          </span>
        </div>
        <ScanBox onCode={openCode} />
        <QueueBanner waiting={queue.waiting} onSend={queue.flush} />
      </div>

      {refusals.map((text, i) => (
        <div key={i} className="dismissable">
          <Alert tone="error">{text}</Alert>
          <button
            className="btn"
            type="button"
            onClick={() => setRefusals((r) => r.filter((_, j) => j !== i))}
          >
            OK
          </button>
        </div>
      ))}

      {notice && (
        <div className="picker-notice">
          <Alert tone={notice.tone}>{notice.text}</Alert>
          {notice.undo && recent.includes(notice.undo) && (
            <button
              className="btn"
              type="button"
              disabled={busy}
              onClick={() => undo(notice.undo!)}
            >
              {notice.undo.kind === 'pick' ? 'Undo last pick' : 'Undo not in stock'}
            </button>
          )}
        </div>
      )}

      <OfflineCopyNote picklist={list.data} />

      <LastActionsList actions={recent} busy={busy} onUndo={undo} />

      {list.error && list.data && (
        <Alert tone="warning">Showing the list as it was: {list.error}</Alert>
      )}
      {!list.data && !list.error && <p className="muted">Loading the pick list…</p>}
      {!list.data && list.error && <LoadError message={list.error} onRetry={list.reload} />}

      {view && view.categories.length === 0 && (
        <section className="empty-state picker-empty">
          <h2>Nothing to pick right now</h2>
          <p>Every open order is picked or marked short. New orders appear here by themselves.</p>
          {stats.data && <StatTiles stats={stats.data} />}
        </section>
      )}

      {focus && focused && view && view.categories.length > 0 && (
        <section aria-label="Scanned">
          <div className="list-focus">
            <h2>
              {focus.kind === 'bin' ? `Bin ${focus.bin}` : `Found for “${focus.query}”`}:{' '}
              {focused.length === 0 ? 'nothing left to pick' : `${focused.length} to pick`}
            </h2>
            <button className="btn" type="button" onClick={() => setFocus(null)}>
              Show all
            </button>
          </div>
          {cards(focused)}
        </section>
      )}

      {!focus && view && shown && view.categories.length > 0 && (
        <>
          <div className="pick-order" role="group" aria-label="Order of the list">
            <button
              type="button"
              aria-pressed={order === 'category'}
              onClick={() => chooseOrder('category')}
            >
              By category
            </button>
            <button type="button" aria-pressed={order === 'bin'} onClick={() => chooseOrder('bin')}>
              By bin
            </button>
          </div>
          <CategoryChips
            categories={view.categories}
            selected={activeCategory}
            onSelect={setCategory}
          />
          {order === 'bin' ? (
            <section className="pick-category" aria-label="In bin order">
              <h2 className="pick-category-title">In bin order: one walk</h2>
              {cards(inBinOrder(shown))}
            </section>
          ) : (
            shown.categories.map((c) => (
              <section key={c.name} className="pick-category" aria-label={c.name}>
                <h2 className="pick-category-title">{c.name}</h2>
                {cards(c.skus)}
              </section>
            ))
          )}
        </>
      )}

      <StockLinks />

      <NoOfflineReloadNote />

      {open && current && (
        <PickSheet
          key={current.sku}
          sku={current}
          scans={open.scans}
          busy={busy}
          error={sheetError}
          onPick={(qty, extra) => pick(current, qty, extra)}
          onShort={(qty) => short(current, qty)}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
