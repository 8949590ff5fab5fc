import type Database from 'better-sqlite3';
import type { WriteTx } from '../store/db';
import type { Db } from './database';

interface Pending {
  action: (tx: WriteTx) => unknown;
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
  private held = false;
  private readonly tx: WriteTx;
  private readonly commitBatch: Database.Transaction<
    (batch: Pending[]) => { ok: boolean; value: unknown }[]
  >;

  constructor(
    db: Db,
    private readonly maxBatch = 64,
  ) {
    this.tx = db as WriteTx;
    const client = db.$client;
    // Prepared once: a savepoint per action through db.transaction() built a new wrapper each
    // time, a measurable part of every pick.
    const savepoint = client.prepare('SAVEPOINT write_queue_action');
    const release = client.prepare('RELEASE write_queue_action');
    const rollback = client.prepare('ROLLBACK TO write_queue_action');
    this.commitBatch = client.transaction((batch: Pending[]) =>
      batch.map(({ action }) => {
        savepoint.run();
        try {
          const value = action(this.tx);
          release.run();
          return { ok: true, value };
        } catch (error) {
          rollback.run();
          release.run();
          return { ok: false, value: error };
        }
      }),
    );
  }

  run<T>(action: (tx: WriteTx) => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ action, resolve: resolve as (value: unknown) => void, reject });
      this.schedule();
    });
  }

  /**
   * No commit until the returned release is called: the Checkpointer copies the last of the WAL
   * back meanwhile, so the next commit can start the WAL over instead of growing it.
   */
  hold(): () => void {
    this.held = true;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.held = false;
      if (this.pending.length) this.schedule();
    };
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.scheduled = false;
    if (this.held) return; // the release schedules the next flush
    const batch = this.pending.splice(0, this.maxBatch);
    if (this.pending.length) this.schedule();
    let outcomes: { ok: boolean; value: unknown }[];
    try {
      // IMMEDIATE: take the write lock first. A transaction that has read cannot wait for the
      // lock (SQLite would risk a deadlock), so while the Checkpointer held it to start the WAL
      // over, a batch of picks that read first failed with "database is locked".
      outcomes = this.commitBatch.immediate(batch);
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
