import type { WriteTx } from '../../store/db';
import { storeAnswer, storedAnswer } from '../../store/idempotency';

/**
 * Runs `action` once per (scope, user, request_id): a repeat gets the first answer and changes
 * nothing. Takes the action's transaction, so the answer and its effects commit together and a
 * concurrent repeat (serialised by the one writer) sees the stored answer.
 * Refusals are not stored: they changed nothing, so running them again is harmless.
 */
export function once<T>(
  tx: WriteTx,
  scope: string,
  userId: number,
  requestId: string | undefined,
  action: () => T,
): { answer: T; replayed: boolean } {
  if (!requestId) return { answer: action(), replayed: false };
  const key = `${scope}:${userId}:${requestId}`;
  const stored = storedAnswer(tx, key);
  if (stored !== undefined) return { answer: stored as T, replayed: true };
  const answer = action();
  storeAnswer(tx, key, answer);
  return { answer, replayed: false };
}
