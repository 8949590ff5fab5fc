import type { Db } from '../../platform/database';
import { prepared } from '../../platform/prepared';

/**
 * Runs `action` once per (scope, user, request_id): a repeat gets the first answer and changes
 * nothing. Must run inside the action's transaction, so the answer and its effects commit
 * together and a concurrent repeat (serialised by the one writer) sees the stored answer.
 * Refusals are not stored: they changed nothing, so running them again is harmless.
 */
export function once<T>(
  db: Db,
  scope: string,
  userId: number,
  requestId: string | undefined,
  action: () => T,
): { answer: T; replayed: boolean } {
  if (!requestId) return { answer: action(), replayed: false };
  const key = `${scope}:${userId}:${requestId}`;
  const stored = prepared<[string], { response: string }>(
    db,
    'select response from idempotency_keys where key = ?',
  ).get(key);
  if (stored) return { answer: JSON.parse(stored.response) as T, replayed: true };
  const answer = action();
  prepared<[string, number, string]>(
    db,
    'insert into idempotency_keys (key, status, response) values (?, ?, ?)',
  ).run(key, 200, JSON.stringify(answer));
  return { answer, replayed: false };
}
