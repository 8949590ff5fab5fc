import type { QueuedAction } from './offline-queue';
import { describeAction, waitingLabel } from './messages';

/**
 * Impossible to miss: these picks exist only on this handheld until the station has them. It
 * rides in the picker's sticky bar, so it stays one compact row; the actions fold out below.
 */
export function QueueBanner({
  waiting,
  onSend,
}: {
  waiting: readonly QueuedAction[];
  onSend: () => void;
}) {
  if (waiting.length === 0) return null;
  return (
    <section className="queue-banner" role="status" aria-label="Waiting picks">
      <details className="queue-details">
        <summary className="queue-banner-title">
          <strong>{waitingLabel(waiting.length)}</strong>
          <span> — will send when the station is back</span>
        </summary>
        <ul className="queue-list">
          {waiting.map((action) => (
            <li key={action.request_id}>{describeAction(action)}</li>
          ))}
        </ul>
      </details>
      <button className="btn" type="button" onClick={onSend}>
        Send now
      </button>
    </section>
  );
}
