import { describe, expect, it, vi } from 'vitest';
import { ApiError, unreachable } from '../../api/api-error';
import { memoryStorage } from '../../testing/memory-storage';
import { OfflineQueue, type QueuedAction } from './offline-queue';

const KEY = 'queue';

const pick = (n: number, qty = 1): QueuedAction => ({
  kind: 'pick',
  request_id: `req-${n}`,
  sku: `SKU-${n}`,
  qty,
  queued_at: '2026-11-20T14:05:00.000Z',
});

/** A station stand-in: answers each action by its request_id, failing where told to. */
function station(fail: Record<string, Error> = {}) {
  const received: string[] = [];
  const send = async (action: QueuedAction) => {
    received.push(action.request_id);
    const error = fail[action.request_id];
    if (error) throw error;
    return { event_id: received.length };
  };
  return { received, send };
}

describe('OfflineQueue', () => {
  it('sends everything in the order it was queued and empties', async () => {
    const { received, send } = station();
    const queue = new OfflineQueue(memoryStorage(), KEY, send);
    [1, 2, 3].forEach((n) => queue.add(pick(n)));

    const report = await queue.flush();

    expect(received).toEqual(['req-1', 'req-2', 'req-3']);
    expect(report.sent.map((s) => s.action.request_id)).toEqual(['req-1', 'req-2', 'req-3']);
    expect(report.stoppedBy).toBeNull();
    expect(queue.items()).toEqual([]);
  });

  it('stops at the first action that cannot get through and keeps it and those after it', async () => {
    const { received, send } = station({ 'req-2': unreachable() });
    const queue = new OfflineQueue(memoryStorage(), KEY, send);
    [1, 2, 3].forEach((n) => queue.add(pick(n)));

    const report = await queue.flush();

    expect(received).toEqual(['req-1', 'req-2']);
    expect(report.stoppedBy?.code).toBe('unreachable');
    expect(queue.items().map((a) => a.request_id)).toEqual(['req-2', 'req-3']);
  });

  it('keeps an action when fetch itself throws, or the station fails or wants a new session', async () => {
    for (const error of [
      new TypeError('Failed to fetch'),
      new ApiError(503, 'unavailable', 'Busy.'),
      new ApiError(401, 'unauthorized', 'Sign in first.'),
    ]) {
      const queue = new OfflineQueue(memoryStorage(), KEY, station({ 'req-1': error }).send);
      queue.add(pick(1));
      await queue.flush();
      expect(queue.items()).toHaveLength(1);
    }
  });

  it('drops an action the station refuses, reports its message and carries on', async () => {
    const refusal = new ApiError(409, 'over_pick', 'Only 1 of SKU-1 are left to pick, not 3.', {
      qty_remaining: 1,
    });
    const { received, send } = station({ 'req-1': refusal });
    const queue = new OfflineQueue(memoryStorage(), KEY, send);
    queue.add(pick(1, 3));
    queue.add(pick(2));

    const report = await queue.flush();

    expect(received).toEqual(['req-1', 'req-2']);
    expect(report.refused).toEqual([{ action: pick(1, 3), error: refusal }]);
    expect(report.refused[0]?.error.message).toBe('Only 1 of SKU-1 are left to pick, not 3.');
    expect(report.sent.map((s) => s.action.request_id)).toEqual(['req-2']);
    expect(queue.items()).toEqual([]);
  });

  it('survives a new instance on the same storage (a page reload), request ids and all', async () => {
    const storage = memoryStorage();
    const before = new OfflineQueue(storage, KEY, station({ 'req-1': unreachable() }).send);
    before.add(pick(1));
    before.add({ kind: 'short', request_id: 'req-2', sku: 'SKU-2', queued_at: 'now' });
    await before.flush();

    const { received, send } = station();
    const after = new OfflineQueue(storage, KEY, send);
    expect(after.items().map((a) => a.request_id)).toEqual(['req-1', 'req-2']);
    await after.flush();
    expect(received).toEqual(['req-1', 'req-2']);
    expect(new OfflineQueue(storage, KEY, send).items()).toEqual([]);
  });

  it('starts empty from missing or damaged storage', () => {
    const storage = memoryStorage();
    expect(new OfflineQueue(storage, KEY, station().send).items()).toEqual([]);
    storage.setItem(KEY, '{not json');
    expect(new OfflineQueue(storage, KEY, station().send).items()).toEqual([]);
    storage.setItem(KEY, JSON.stringify([pick(1), { kind: 'dance' }, null]));
    expect(new OfflineQueue(storage, KEY, station().send).items()).toEqual([pick(1)]);
  });

  it('never sends an action twice at once, however often it is asked to flush', async () => {
    const pending: (() => void)[] = [];
    const received: string[] = [];
    const send = (action: QueuedAction) =>
      new Promise<string>((resolve) => {
        received.push(action.request_id);
        pending.push(() => resolve(action.request_id));
      });
    const queue = new OfflineQueue(memoryStorage(), KEY, send);
    queue.add(pick(1));

    const first = queue.flush();
    const second = queue.flush();
    queue.add(pick(2));
    const third = queue.flush();
    expect(second).toBe(first);
    expect(third).toBe(first);
    expect(received).toEqual(['req-1']);

    pending.shift()!();
    await vi.waitFor(() => expect(received).toEqual(['req-1', 'req-2']));
    pending.shift()!();

    const report = await first;
    expect(report.sent.map((s) => s.answer)).toEqual(['req-1', 'req-2']);
    expect(received).toEqual(['req-1', 'req-2']);
    expect(queue.items()).toEqual([]);
  });

  it('tells subscribers whenever the queue changes', async () => {
    const queue = new OfflineQueue(memoryStorage(), KEY, station().send);
    const sizes: number[] = [];
    const unsubscribe = queue.subscribe(() => sizes.push(queue.items().length));
    queue.add(pick(1));
    queue.add(pick(2));
    await queue.flush();
    unsubscribe();
    queue.add(pick(3));
    expect(sizes).toEqual([1, 2, 1, 0]);
  });
});
