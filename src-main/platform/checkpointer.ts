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
let holding = false;
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
    if (holding) return;
    const [passive] = db.pragma('wal_checkpoint(PASSIVE)');
    // Under writes that never pause, what was just copied is never all of the WAL, so it never
    // starts over and grows for the whole rush. Past this size, ask the writer for a moment's
    // pause to copy the rest: its next commit then starts the WAL over.
    if (workerData.holdWrites && passive.log > workerData.catchUpPages) {
      holding = true;
      say({ hold: true });
      return;
    }
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
parentPort.on('message', (message) => {
  if (message === 'held') {
    try {
      if (db) db.pragma('wal_checkpoint(PASSIVE)');
    } catch (err) {
      sayError(err);
    }
    holding = false;
    say({ release: true });
    return;
  }
  clearInterval(timer);
  checkpoint();
  if (db) db.close();
  parentPort.close();
});
`;

interface CheckpointerMessage {
  ready?: boolean;
  error?: string;
  hold?: boolean;
  release?: boolean;
}

/** SQLite's own default: what the writer goes back to whenever no worker checkpoints for it. */
const WRITER_AUTOCHECKPOINT = 1000;

export interface CheckpointerOptions {
  everyMs?: number;
  /** WAL pages past which the worker briefly holds the writer to start the WAL over. */
  restartPages?: number;
  /**
   * Holds the writer's commits until the returned release is called (`WriteQueue.hold`). With
   * it, the WAL is caught up and started over whenever it passes `catchUpPages`.
   */
  holdWrites?: () => () => void;
  catchUpPages?: number;
  /** The longest the writer is held, should the worker not answer. */
  maxHoldMs?: number;
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
        holdWrites: opts.holdWrites !== undefined,
        catchUpPages: opts.catchUpPages ?? 16_384,
        shrinkBytes: opts.shrinkBytes ?? 64 * 1024 * 1024,
        quietMs: opts.quietMs ?? 2_000,
      },
    });
    let release: (() => void) | null = null;
    let holdTimer: ReturnType<typeof setTimeout> | undefined;
    const endHold = () => {
      clearTimeout(holdTimer);
      release?.();
      release = null;
    };
    this.worker.on('message', (m: CheckpointerMessage) => {
      if (m.ready && writer.open) writer.pragma('wal_autocheckpoint = 0');
      if (m.hold && opts.holdWrites) {
        release = opts.holdWrites();
        holdTimer = setTimeout(endHold, opts.maxHoldMs ?? 250);
        this.worker.postMessage('held');
      }
      if (m.release) endHold();
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
        endHold();
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
