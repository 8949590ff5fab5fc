import { seedOrders, type OrderFixture } from './fixtures';
import type { TestStation } from './test-station';
import { PickingService, type Actor } from '../services/picking/picking-service';

export const testPicker: Actor = { userId: 1, username: 'admin', device: 'handheld-1' };

/**
 * Seeds orders and takes them to ready to pack the way the warehouse does: `short` units of a SKU
 * marked not in stock (newest orders first), then every remaining unit picked (oldest first).
 * Picks and shorts go through PickingService so lines, allocations and history are real.
 */
export async function seedReadyOrders(
  st: TestStation,
  orders: OrderFixture[],
  { short = {}, picker = testPicker }: { short?: Record<string, number>; picker?: Actor } = {},
): Promise<Map<string, number>> {
  const ids = seedOrders(st.ctx.db, orders);
  const picking = new PickingService(st.ctx.writes, st.ctx.bus);
  for (const [sku, qty] of Object.entries(short)) await picking.notInStock(sku, qty, picker);
  const open = st.ctx.db.$client
    .prepare(
      `select sku, sum(qty_open) as qty from order_items
        where order_active = 1 and qty_open > 0 group by sku order by sku`,
    )
    .all() as { sku: string; qty: number }[];
  for (const { sku, qty } of open) await picking.pick(sku, qty, picker);
  return ids;
}
