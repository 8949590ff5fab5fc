import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useLatest } from '../../hooks/useLatest';
import { useStationEvents } from '../../hooks/useStationEvents';
import { isTransient, OfflineQueue, type FlushReport, type QueuedAction } from './offline-queue';
import { sendAction, type ActionAnswer } from './picking-api';

const RETRY_MS = 5_000;

export type Outcome = { answer: ActionAnswer } | { queued: true };

/**
 * Sends picks and shortages, falling back to this handheld's queue when the station cannot be
 * reached; the queue is sent again when the browser comes online, when the live stream
 * (re)connects, every few seconds, and after any action goes through. `onReport` hears what each
 * replay achieved.
 */
export function usePickQueue(
  username: string,
  onReport: (report: FlushReport<ActionAnswer>) => void,
) {
  // One queue per person: picks made by one picker must never be sent in another's name.
  const [queue] = useState(
    () => new OfflineQueue(localStorage, `warehouse-station.pick-queue.${username}`, sendAction),
  );
  const waiting = useSyncExternalStore(queue.subscribe, queue.items);
  const report = useLatest(onReport);

  const flush = useCallback(() => {
    if (queue.items().length > 0) void queue.flush().then(report);
  }, [queue, report]);

  useEffect(() => {
    flush();
    window.addEventListener('online', flush);
    const timer = setInterval(flush, RETRY_MS);
    return () => {
      window.removeEventListener('online', flush);
      clearInterval(timer);
    };
  }, [flush]);

  useStationEvents((event) => {
    if (event.type === 'hello') flush();
  });

  /** Throws the station's refusal; anything short of an answer queues the action instead. */
  const submit = useCallback(
    async (action: QueuedAction): Promise<Outcome> => {
      // Behind older waiting actions it must wait its turn, or it could take their units.
      if (queue.items().length > 0 || !navigator.onLine) {
        queue.add(action);
        flush();
        return { queued: true };
      }
      try {
        const answer = await sendAction(action);
        flush();
        return { answer };
      } catch (err) {
        if (!isTransient(err)) throw err;
        // It may have reached the station before the answer was lost; sent again with the same
        // request_id, the station answers as before and changes nothing.
        queue.add(action);
        return { queued: true };
      }
    },
    [queue, flush],
  );

  return { waiting, submit, flush };
}
