import type { QueuedAction } from './offline-queue';
import { describeAction, waitingLabel } from './messages';

/** Impossible to miss: these picks exist only on this handheld until the station has them. */
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
      <p className="queue-banner-title">
        <strong>{waitingLabel(waiting.length)}</strong> — will send when the station is back
      </p>
      <ul className="queue-list">
        {waiting.map((action) => (
          <li key={action.request_id}>{describeAction(action)}</li>
        ))}
      </ul>
      <button className="btn" type="button" onClick={onSend}>
        Try sending now
      </button>
    </section>
  );
}
