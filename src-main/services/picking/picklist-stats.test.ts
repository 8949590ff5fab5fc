import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedOrders } from '../../testing/fixtures';
import { testStation, type TestStation } from '../../testing/test-station';
import { PickingService, type Actor } from './picking-service';

let st: TestStation;
beforeEach(async () => {
  st = await testStation();
});
afterEach(() => st.close());

describe('GET /api/picklist/stats by picker', () => {
  it("splits today's picked and short units by picker, adding up to the day's totals, undone picks left out", async () => {
    const [anna, ben] = [await st.userWithRole('picker'), await st.userWithRole('picker')];
    const as = (u: typeof anna): Actor => ({ userId: u.id, username: u.username, device: null });
    seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 5, 'BED-1': 3 } },
    ]);
    const picking = new PickingService(st.ctx.writes, st.ctx.bus);
    await picking.pick('HAY-1', 3, as(anna));
    const undone = await picking.pick('HAY-1', 1, as(anna));
    await picking.undo(undone.event_id, as(anna));
    await picking.pick('BED-1', 1, as(ben));
    await picking.notInStock('BED-1', 2, as(ben));

    const res = await st.request('GET', '/api/picklist/stats', { token: anna.access });
    expect(res.statusCode).toBe(200);
    const stats = res.json();
    expect(stats).toMatchObject({ units_picked_today: 4, units_short_today: 2 });
    expect(stats.by_picker).toEqual([
      { picker: anna.username, units_picked: 3, units_short: 0 },
      { picker: ben.username, units_picked: 1, units_short: 2 },
    ]);
  });
});
