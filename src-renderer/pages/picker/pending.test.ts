import { describe, expect, it } from 'vitest';
import { samplePicklist as list } from '../../testing/sample-picklist';
import { withPending } from './pending';

describe('withPending', () => {
  it('shows waiting picks and shortages as done, and drops the SKUs they finish', () => {
    const after = withPending(list, [
      { kind: 'pick', request_id: 'a', sku: 'HAY-1', qty: 3, queued_at: '' },
      { kind: 'short', request_id: 'b', sku: 'HAY-1', queued_at: '' },
      { kind: 'pick', request_id: 'c', sku: 'BED-1', qty: 1, queued_at: '' },
    ]);
    expect(after.categories[0]?.skus[0]).toMatchObject({
      sku: 'BED-1',
      qty_picked: 1,
      qty_remaining: 3,
    });
    expect(after.categories[1]?.skus.map((s) => s.sku)).toEqual(['HAY-2']);
  });

  it('drops a category once everything in it is done', () => {
    const after = withPending(list, [
      { kind: 'short', request_id: 'a', sku: 'BED-1', qty: 4, queued_at: '' },
    ]);
    expect(after.categories.map((c) => c.name)).toEqual(['Hay']);
  });

  it('leaves the list alone when nothing waits', () => {
    expect(withPending(list, [])).toBe(list);
  });
});
