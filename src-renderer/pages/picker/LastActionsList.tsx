import { actionKey, type DoneAction } from './last-actions';
import { doneLabel } from './messages';

const time = (iso: string) =>
  new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

/** This picker's last picks and shorts, newest first, each with its own undo. */
export function LastActionsList({
  actions,
  busy,
  onUndo,
}: {
  actions: readonly DoneAction[];
  busy: boolean;
  onUndo: (action: DoneAction) => void;
}) {
  if (actions.length === 0) return null;
  return (
    <details className="last-actions">
      <summary>My last actions ({actions.length})</summary>
      <ol aria-label="My last actions">
        {actions.map((action) => {
          const label = doneLabel(action);
          return (
            <li key={actionKey(action)} className="last-action">
              <span>{label}</span>
              <button
                className="btn"
                type="button"
                disabled={busy}
                aria-label={`Undo: ${label}`}
                onClick={() => onUndo(action)}
              >
                Undo
              </button>
              <span className="last-action-when">{time(action.at)}</span>
            </li>
          );
        })}
      </ol>
    </details>
  );
}
