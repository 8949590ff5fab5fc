import { prepared } from '../platform/prepared';
import type { ReadDb, WriteTx } from './db';

/** The answer first given to this request key, or undefined when the key is new. */
export function storedAnswer(db: ReadDb, key: string): unknown {
  const row = prepared<[string], { response: string }>(
    db,
    'select response from idempotency_keys where key = ?',
  ).get(key);
  return row ? JSON.parse(row.response) : undefined;
}

/** Keeps an answer for its key; only answers that succeeded are kept, so the status is 200. */
export function storeAnswer(tx: WriteTx, key: string, answer: unknown): void {
  prepared<[string, number, string]>(
    tx,
    'insert into idempotency_keys (key, status, response) values (?, ?, ?)',
  ).run(key, 200, JSON.stringify(answer));
}
