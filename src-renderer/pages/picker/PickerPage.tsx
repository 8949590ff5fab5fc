import { useState } from 'react';
import { toApiError } from '../../api/api-error';
import type { PickAnswer, PicklistSku } from '../../api/types';
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
import {
  answerSentence,
  describeAction,
  refusedSentence,
  sentSentence,
  undoSentence,
} from './messages';
import type { FlushReport, QueuedAction } from './offline-queue';
import { NoOfflineReloadNote } from './OfflineNote';
import { withPending } from './pending';
import { PickSheet } from './PickSheet';
import { undoPick, type ActionAnswer } from './picking-api';
import { QueueBanner } from './QueueBanner';
import { ScanBox } from './ScanBox';
import { SkuCard } from './SkuCard';
import { usePickQueue } from './usePickQueue';

interface Notice {
  tone: 'success' | 'warning' | 'error';
  text: string;
}

/** The handheld screen: scan or tap a SKU, pick it, or say the shelf is empty. */
export function PickerPage() {
  const user = useUser();
  const [category, setCategory] = useState<string | null>(null);
  const [open, setOpen] = useState<PicklistSku | null>(null);
  const [sheetError, setSheetError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [lastPick, setLastPick] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);

  const { list, stats, refresh, live } = useLivePicklist();

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
      const lastPicked = report.sent
        .map(({ answer }) => answer)
        .findLast((answer): answer is PickAnswer => 'event_id' in answer);
      if (lastPicked) setLastPick(lastPicked.event_id);
      setNotice({ tone: 'success', text: sentSentence(report) });
    }
  };
  const queue = usePickQueue(user.username, onReport);

  const view = list.data && withPending(list.data, queue.waiting);
  // A category whose last SKU was just picked leaves the chips; the list falls back to all.
  const activeCategory = view?.categories.some((c) => c.name === category) ? category : null;
  const shown = view && filterPicklist(view, { category: activeCategory, query: '' });

  const openCode = (code: string) => {
    const sku = view && findSku(view, code);
    if (sku) {
      setSheetError(null);
      setOpen(sku);
    } else {
      signalError();
      setNotice({
        tone: 'error',
        text: `Nothing to pick for “${code}”: it is not on the pick list.`,
      });
    }
  };

  const act = async (action: QueuedAction) => {
    setBusy(true);
    setSheetError(null);
    try {
      const outcome = await queue.submit(action);
      signalSuccess();
      setOpen(null);
      if ('queued' in outcome) {
        setNotice({
          tone: 'warning',
          text: `Saved on this handheld: ${describeAction(action)}. It goes to the station as soon as it can be reached.`,
        });
      } else {
        setNotice({ tone: 'success', text: answerSentence(outcome.answer) });
        if ('event_id' in outcome.answer) setLastPick(outcome.answer.event_id);
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
  const pick = (sku: PicklistSku, qty: number) =>
    act({ kind: 'pick', sku: sku.sku, qty, ...stamp() });
  const short = (sku: PicklistSku, qty: number | undefined) =>
    act({ kind: 'short', sku: sku.sku, qty, ...stamp() });

  const undo = async (eventId: number) => {
    setBusy(true);
    try {
      const answer = await undoPick(eventId);
      signalSuccess();
      setLastPick(null);
      setNotice({ tone: 'success', text: undoSentence(answer) });
      refresh();
    } catch (err) {
      signalError();
      setNotice({ tone: 'error', text: toApiError(err).message });
    } finally {
      setBusy(false);
    }
  };

  const current = open && view ? (findSku(view, open.sku) ?? { ...open, qty_remaining: 0 }) : open;

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
          {lastPick !== null && notice.tone === 'success' && (
            <button className="btn" type="button" disabled={busy} onClick={() => undo(lastPick)}>
              Undo last pick
            </button>
          )}
        </div>
      )}

      <OfflineCopyNote picklist={list.data} />
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

      {view && shown && view.categories.length > 0 && (
        <>
          <CategoryChips
            categories={view.categories}
            selected={activeCategory}
            onSelect={setCategory}
          />
          {shown.categories.map((c) => (
            <section key={c.name} className="pick-category" aria-label={c.name}>
              <h2 className="pick-category-title">{c.name}</h2>
              <ul className="sku-cards">
                {c.skus.map((sku) => (
                  <li key={sku.sku}>
                    <SkuCard sku={sku} onOpen={(s) => openCode(s.sku)} />
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}

      <NoOfflineReloadNote />

      {current && (
        <PickSheet
          key={current.sku}
          sku={current}
          busy={busy}
          error={sheetError}
          onPick={(qty) => pick(current, qty)}
          onShort={(qty) => short(current, qty)}
          onClose={() => setOpen(null)}
        />
      )}
    </div>
  );
}
