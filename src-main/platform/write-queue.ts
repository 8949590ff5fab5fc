import type { Db } from './database';

interface Pending {
  action: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * The one writer, with group commit. Actions that arrive in the same event-loop turn (twenty
 * pickers at once) run one after another inside one SQLite transaction, each in its own
 * savepoint: an action that throws rolls back alone, the others still commit. No caller hears
 * back before the shared commit, so an acknowledged action is durable. A commit writes every
 * page an action touched; sharing it is what lets picks keep up with a busy warehouse.
 */
export class WriteQueue {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Db,
    private readonly maxBatch = 64,
  ) {}

  run<T>(action: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ action, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending.splice(0, this.maxBatch);
    if (this.pending.length) this.schedule();
    const client = this.db.$client;
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      client.transaction(() => {
        for (const { action } of batch) {
          try {
            // A transaction inside a transaction is a savepoint in better-sqlite3.
            outcomes.push({ ok: true, value: client.transaction(action)() });
          } catch (error) {
            outcomes.push({ ok: false, value: error });
          }
        }
      })();
    } catch (error) {
      for (const { reject } of batch) reject(error);
      return;
    }
    batch.forEach(({ resolve, reject }, i) => {
      const { ok, value } = outcomes[i]!;
      if (ok) resolve(value);
      else reject(value);
    });
  }
}
