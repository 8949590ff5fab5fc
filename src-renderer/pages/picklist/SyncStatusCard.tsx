import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import type { SyncMode, SyncProgress, SyncRun } from '../../api/types';
import { Alert } from '../../components/Alert';
import { LoadError } from '../../components/LoadError';
import { ProgressBar } from '../../components/ProgressBar';
import { useAction } from '../../hooks/useAction';
import { useApiData } from '../../hooks/useApiData';
import { useStationEvents } from '../../hooks/useStationEvents';
import { clockTime, timeAgo } from './relative-time';
import * as jobs from '../../../src-main/contract/jobs';

export const MODE_LABELS: Record<SyncMode, string> = {
  storefront: 'Storefront',
  demo: 'Demo data',
  none: 'Not set up',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function countsSentence(run: SyncRun): string {
  const parts = [
    run.orders_created && `${plural(run.orders_created, 'order')} created`,
    run.orders_updated && `${plural(run.orders_updated, 'order')} updated`,
    run.orders_cancelled && `${plural(run.orders_cancelled, 'order')} cancelled`,
    run.products_upserted && `${plural(run.products_upserted, 'product')} updated`,
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}.` : 'nothing had changed.';
}

function progressSentence(p: SyncProgress | null): string {
  if (!p) return 'Starting…';
  const of = p.pages ? ` of ${p.pages}` : '';
  if (p.phase === 'fetching') return `Fetching page ${p.page}${of}…`;
  if (p.phase === 'validating') return `Checking page ${p.page}${of}…`;
  return 'Saving orders…';
}

/** The minute hand of "2 min ago". */
function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

/** Admins see where orders come from, how the last import went, and can import now. */
export function SyncStatusCard() {
  const status = useApiData(jobs.getSyncStatus);
  const [progress, setProgress] = useState<SyncProgress | null>(null);
  const action = useAction();
  const now = useNow(30_000);

  useStationEvents((event) => {
    if (event.type === 'sync_progress') setProgress(event.data);
    if (event.type === 'sync_started') status.reload();
    if (event.type === 'sync_finished' || (event.type === 'hello' && event.resumed)) {
      setProgress(null);
      status.reload();
    }
  });

  // The status is asked again rather than assumed: a demo import can finish before the answer.
  const syncNow = () => action.run(() => api.call(jobs.startSync).then(status.reload));

  if (!status.data) {
    return (
      <section className="card sync-card" aria-label="Storefront sync">
        <h2>Storefront sync</h2>
        {status.error ? (
          <LoadError message={status.error} onRetry={status.reload} />
        ) : (
          <p className="muted">Loading…</p>
        )}
      </section>
    );
  }

  const { mode, last_run: last, next_run_at: next } = status.data;
  const running = status.data.running || progress !== null;

  return (
    <section className="card sync-card" aria-label="Storefront sync">
      <div className="sync-head">
        <h2>Storefront sync</h2>
        <span className={mode === 'none' ? 'badge badge-off' : 'badge'}>{MODE_LABELS[mode]}</span>
        <button
          className="btn btn-primary sync-button"
          type="button"
          disabled={running || action.busy || mode === 'none'}
          onClick={syncNow}
        >
          {running ? 'Syncing…' : 'Sync now'}
        </button>
      </div>
      {mode === 'none' && (
        <p>
          No storefront is set up yet, so no orders come in. Enter the feed address and API key in{' '}
          <Link to="/admin/settings#storefront">Settings</Link>.
        </p>
      )}
      {mode === 'demo' && (
        <p className="muted">
          Demo mode: orders come from the station&apos;s own generated guinea-pig shop, not a real
          storefront.
        </p>
      )}
      {running && (
        <div className="sync-progress">
          <ProgressBar
            max={progress?.pages}
            segments={[{ value: progress?.page ?? 0, tone: 'busy' }]}
            label="Sync progress"
            valueText={progressSentence(progress)}
          />
          <span className="muted">{progressSentence(progress)}</span>
        </div>
      )}
      {action.formError && <Alert tone="error">{action.formError}</Alert>}
      {!running && last && last.status === 'ok' && (
        <p className="sync-last">
          Last sync {timeAgo(last.finished_at ?? last.started_at, now)}: {countsSentence(last)}
        </p>
      )}
      {!running && last && last.status === 'error' && (
        <Alert tone="error">
          <p>
            Last sync failed {timeAgo(last.finished_at ?? last.started_at, now)}, and changed
            nothing: {last.error}
          </p>
        </Alert>
      )}
      {!running && !last && mode !== 'none' && <p className="muted">No sync has run yet.</p>}
      {next && !running && <p className="muted">Next sync at {clockTime(next)}.</p>}
    </section>
  );
}
