import type { PickAnswer, ShortAnswer } from '../../api/types';
import type { QueueStorage } from './offline-queue';

/** A pick or a "not in stock" the station recorded for this picker; each can be undone. */
export type DoneAction = (
  { kind: 'pick'; event_id: number } | { kind: 'short'; exception_id: number }
) & {
  sku: string;
  qty: number;
  at: string;
  /** Sent with the undo, so an undo whose answer was lost can be sent again safely. */
  undo_request_id: string;
};

export const LAST_ACTIONS_KEPT = 10;

export const actionKey = (a: DoneAction) =>
  a.kind === 'pick' ? `pick-${a.event_id}` : `short-${a.exception_id}`;

export function doneAction(
  answer: PickAnswer | ShortAnswer,
  at: string,
  undoRequestId: string,
): DoneAction {
  const common = { sku: answer.sku, at, undo_request_id: undoRequestId };
  return 'event_id' in answer
    ? { kind: 'pick', event_id: answer.event_id, qty: answer.qty, ...common }
    : { kind: 'short', exception_id: answer.exception_id, qty: answer.qty_short, ...common };
}

function isDone(value: unknown): value is DoneAction {
  const v = value as Record<string, unknown> | null;
  return (
    ((v?.kind === 'pick' && typeof v.event_id === 'number') ||
      (v?.kind === 'short' && typeof v.exception_id === 'number')) &&
    typeof v.sku === 'string' &&
    typeof v.qty === 'number' &&
    typeof v.undo_request_id === 'string'
  );
}

/**
 * This picker's last actions, newest first, kept in `storage` like the offline queue so a
 * reload still offers their undo. Only the newest few are kept.
 */
export class LastActions {
  private actions: readonly DoneAction[];
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: QueueStorage,
    private readonly key: string,
  ) {
    this.actions = this.load();
  }

  /** The same array until the list changes, so React can subscribe to it. */
  readonly items = (): readonly DoneAction[] => this.actions;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  add(action: DoneAction): void {
    const others = this.actions.filter((a) => actionKey(a) !== actionKey(action));
    this.write([action, ...others].slice(0, LAST_ACTIONS_KEPT));
  }

  remove(action: DoneAction): void {
    this.write(this.actions.filter((a) => actionKey(a) !== actionKey(action)));
  }

  private load(): DoneAction[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isDone).slice(0, LAST_ACTIONS_KEPT) : [];
    } catch {
      return [];
    }
  }

  private write(actions: DoneAction[]): void {
    this.actions = actions;
    this.storage.setItem(this.key, JSON.stringify(actions));
    for (const listener of this.listeners) listener();
  }
}
