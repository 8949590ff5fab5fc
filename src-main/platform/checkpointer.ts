import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS for an eval worker: nothing to bundle, and the driver is passed in by path so
// it is the very better-sqlite3 the station loaded (the Electron build ships it unpacked).
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const say = (err) => parentPort.postMessage({ error: String((err && err.message) || err) });
let db = null;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma('busy_timeout = 1000');
} catch (err) {
  say(err);
}
const checkpoint = () => {
  try {
    if (db) db.pragma('wal_checkpoint(PASSIVE)');
  } catch (err) {
    say(err);
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  if (db) db.close();
  parentPort.close();
});
`;

export interface CheckpointerOptions {
  everyMs?: number;
  onError?: (message: string) => void;
}

/**
 * Copies the WAL back into the database from a worker thread with its own connection, so the
 * one writer never stops a commit for it: a checkpoint reads and syncs tens of megabytes in a
 * rush, which on the writer's thread held picks for 20 ms. A PASSIVE checkpoint never blocks
 * the writer, and once it has caught up the writer starts the WAL over by itself.
 */
export class Checkpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(file: string, opts: CheckpointerOptions = {}) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file,
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        everyMs: opts.everyMs ?? 200,
      },
    });
    this.worker.on('message', (m: { error?: string }) => m.error && opts.onError?.(m.error));
    this.worker.on('error', (err: unknown) =>
      opts.onError?.(String((err as Error)?.message ?? err)),
    );
    this.exited = new Promise((resolve) => this.worker.once('exit', () => resolve()));
    // A station that is done must not be kept alive by its checkpointer.
    this.worker.unref();
  }

  /** A last checkpoint, then the worker's connection closes. */
  stop(): Promise<void> {
    this.worker.postMessage('stop');
    return this.exited;
  }
}
