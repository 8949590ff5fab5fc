import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database';

// Plain CommonJS for an eval worker: nothing to bundle, and the driver is passed in by path so
// it is the very better-sqlite3 the station loaded (the Electron build ships it unpacked).
const WORKER_SOURCE = `
const { statSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const say = (message) => parentPort.postMessage(message);
const sayError = (err) => say({ error: String((err && err.message) || err) });
let db = null;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma('busy_timeout = 1000');
  say({ ready: true });
} catch (err) {
  sayError(err);
}
let lastLog = -1;
let quietLooks = 0;
const walBytes = () => {
  try {
    return statSync(workerData.file + '-wal').size;
  } catch {
    return 0;
  }
};
const checkpoint = () => {
  try {
    if (!db) return;
    const [passive] = db.pragma('wal_checkpoint(PASSIVE)');
    // Under writes that never pause the WAL cannot start over; past this size, make it.
    if (passive.log > workerData.restartPages) db.pragma('wal_checkpoint(RESTART)');
    // Nothing written for a while and all of it copied: the rush is over, so the file can be
    // cut back without holding up a commit (cutting it holds the writer out meanwhile).
    const quiet = passive.log === passive.checkpointed && passive.log === lastLog;
    quietLooks = quiet ? quietLooks + 1 : 0;
    lastLog = passive.log;
    if (quietLooks * workerData.everyMs >= workerData.quietMs && walBytes() > workerData.shrinkBytes)
      db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (err) {
    sayError(err);
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

/** SQLite's own default: what the writer goes back to whenever no worker checkpoints for it. */
const WRITER_AUTOCHECKPOINT = 1000;

export interface CheckpointerOptions {
  everyMs?: number;
  /** WAL pages past which the worker briefly holds the writer to start the WAL over. */
  restartPages?: number;
  /** A WAL file bigger than this is cut back once no commit came for `quietMs`. */
  shrinkBytes?: number;
  quietMs?: number;
  onError?: (message: string) => void;
}

/**
 * Copies the WAL back into the database from a worker thread with its own connection, so the
 * one writer never stops a commit for it: a checkpoint copies and syncs megabytes in a pick
 * rush, and inside a commit it held picks for 10 to 60 ms. A PASSIVE checkpoint never blocks
 * the writer, and once it has caught up the writer starts the WAL over by itself. While the
 * worker runs, the writer's own automatic checkpoint is off; if the worker fails or stops, it
 * is back on. The WAL file grows in a rush and is cut back here once writes stop: cut back by
 * the writer (journal_size_limit) it stalled the commit that did it for 100 to 200 ms.
 */
export class Checkpointer {
  private readonly worker: Worker;
  private readonly exited: Promise<void>;

  constructor(db: Db, file: string, opts: CheckpointerOptions = {}) {
    const writer = db.$client;
    const takeBack = () => {
      if (writer.open) writer.pragma(`wal_autocheckpoint = ${WRITER_AUTOCHECKPOINT}`);
    };
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        file,
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        everyMs: opts.everyMs ?? 200,
        restartPages: opts.restartPages ?? 200_000,
        shrinkBytes: opts.shrinkBytes ?? 64 * 1024 * 1024,
        quietMs: opts.quietMs ?? 2_000,
      },
    });
    this.worker.on('message', (m: { ready?: boolean; error?: string }) => {
      if (m.ready && writer.open) writer.pragma('wal_autocheckpoint = 0');
      if (m.error) {
        takeBack();
        opts.onError?.(m.error);
      }
    });
    this.worker.on('error', (err: unknown) => {
      takeBack();
      opts.onError?.(String((err as Error)?.message ?? err));
    });
    this.exited = new Promise((resolve) =>
      this.worker.once('exit', () => {
        takeBack();
        resolve();
      }),
    );
    // A station that is done must not be kept alive by its checkpointer.
    this.worker.unref();
  }

  /** A last checkpoint, then the worker's connection closes and the writer checkpoints again. */
  stop(): Promise<void> {
    this.worker.postMessage('stop');
    return this.exited;
  }
}
