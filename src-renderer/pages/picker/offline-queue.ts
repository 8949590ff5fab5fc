import { ApiError, toApiError } from '../../api/api-error';

/** A pick or a "not in stock" the station has not confirmed yet. */
export type QueuedAction =
  | { kind: 'pick'; request_id: string; sku: string; qty: number; queued_at: string }
  /** Without `qty`, everything still to pick of the SKU is short. */
  | { kind: 'short'; request_id: string; sku: string; qty?: number; queued_at: string };

export type QueueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface FlushReport<A> {
  /** Confirmed by the station, in the order they were sent. */
  sent: { action: QueuedAction; answer: A }[];
  /** Refused by the station (e.g. someone else picked those units); they are gone from the queue. */
  refused: { action: QueuedAction; error: ApiError }[];
  /** Why sending stopped with actions still waiting, if it did. */
  stoppedBy: ApiError | null;
}

/**
 * Worth sending again later: no answer at all, a fault in the station, or a session that must be
 * renewed first. Any other answer is the station's final word on that action.
 */
export function isTransient(err: unknown): boolean {
  if (!(err instanceof ApiError)) return true;
  return err.status === 0 || err.status === 401 || err.status >= 500;
}

function isAction(value: unknown): value is QueuedAction {
  const v = value as Partial<QueuedAction> | null;
  return (
    (v?.kind === 'pick' || v?.kind === 'short') &&
    typeof v.request_id === 'string' &&
    typeof v.sku === 'string'
  );
}

/**
 * Picking actions waiting for the station, kept in `storage` so a reload or a flat battery loses
 * none. They are sent in the order they were made, one at a time, stopping at the first that
 * cannot get through: a later pick must never overtake an earlier one of the same units. Each
 * carries its `request_id`, so sending one again after a lost answer never applies it twice.
 */
export class OfflineQueue<A> {
  private actions: readonly QueuedAction[];
  private flushing: Promise<FlushReport<A>> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: QueueStorage,
    private readonly key: string,
    private readonly send: (action: QueuedAction) => Promise<A>,
  ) {
    this.actions = this.load();
  }

  /** The same array until the queue changes, so React can subscribe to it. */
  readonly items = (): readonly QueuedAction[] => this.actions;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  add(action: QueuedAction): void {
    this.write([...this.actions, action]);
  }

  /** Sends what is waiting; a call while sending is under way shares that run. */
  flush(): Promise<FlushReport<A>> {
    this.flushing ??= this.drain().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async drain(): Promise<FlushReport<A>> {
    const report: FlushReport<A> = { sent: [], refused: [], stoppedBy: null };
    // Re-read each time round: actions added while one is on its way join this run.
    for (let action = this.actions[0]; action; action = this.actions[0]) {
      try {
        const answer = await this.send(action);
        report.sent.push({ action, answer });
      } catch (err) {
        if (isTransient(err)) {
          report.stoppedBy = toApiError(err);
          break;
        }
        report.refused.push({ action, error: toApiError(err) });
      }
      this.remove(action.request_id);
    }
    return report;
  }

  private remove(requestId: string): void {
    this.write(this.actions.filter((a) => a.request_id !== requestId));
  }

  private load(): QueuedAction[] {
    try {
      const parsed: unknown = JSON.parse(this.storage.getItem(this.key) ?? '[]');
      return Array.isArray(parsed) ? parsed.filter(isAction) : [];
    } catch {
      return [];
    }
  }

  private write(actions: QueuedAction[]): void {
    this.actions = actions;
    this.storage.setItem(this.key, JSON.stringify(actions));
    for (const listener of this.listeners) listener();
  }
}
