import { describe, expect, it } from 'vitest';
import type { PickAnswer, ShortAnswer } from '../../api/types';
import { doneAction, LAST_ACTIONS_KEPT, LastActions } from './last-actions';
import { memoryStorage } from '../../testing/memory-storage';

const picked = (event_id: number): PickAnswer => ({
  sku: 'HAY-1',
  qty: 2,
  event_id,
  allocations: [],
  ready_orders: [],
});
const shorted = (exception_id: number): ShortAnswer => ({
  sku: 'HAY-1',
  qty_short: 1,
  exception_id,
  allocations: [],
  ready_orders: [],
  needs_count: false,
});

describe('LastActions', () => {
  it('keeps picks and shorts newest first, and survives a reload', () => {
    const storage = memoryStorage();
    const list = new LastActions(storage, 'k');
    list.add(doneAction(picked(7), 't1', 'u1'));
    list.add(doneAction(shorted(3), 't2', 'u2'));
    const again = new LastActions(storage, 'k');
    expect(again.items()).toEqual([
      { kind: 'short', exception_id: 3, sku: 'HAY-1', qty: 1, at: 't2', undo_request_id: 'u2' },
      { kind: 'pick', event_id: 7, sku: 'HAY-1', qty: 2, at: 't1', undo_request_id: 'u1' },
    ]);
  });

  it('a pick and a short with the same number are different actions; remove takes one', () => {
    const list = new LastActions(memoryStorage(), 'k');
    const pick = doneAction(picked(5), 't', 'a');
    list.add(pick);
    list.add(doneAction(shorted(5), 't', 'b'));
    list.remove(pick);
    expect(list.items().map((a) => a.kind)).toEqual(['short']);
  });

  it(`keeps only the newest ${LAST_ACTIONS_KEPT} and drops what it cannot read`, () => {
    const storage = memoryStorage();
    storage.setItem('k', JSON.stringify([{ kind: 'pick', sku: 'X' }, 'junk']));
    const list = new LastActions(storage, 'k');
    expect(list.items()).toEqual([]);
    for (let n = 1; n <= LAST_ACTIONS_KEPT + 3; n++) list.add(doneAction(picked(n), 't', `u${n}`));
    expect(list.items()).toHaveLength(LAST_ACTIONS_KEPT);
    expect(list.items()[0]).toMatchObject({ event_id: LAST_ACTIONS_KEPT + 3 });
    storage.setItem('k', '{not json');
    expect(new LastActions(storage, 'k').items()).toEqual([]);
  });
});
