import { seedOrders } from './fixtures';
import { testStation, type TestStation } from './test-station';

/**
 * A test station whose catalogue holds HAY-1 and BED-2 (barcodes BC-HAY-1, BC-BED-2) with no
 * stock and no sales: they come in through one old order, cancelled so nothing waits to be picked.
 */
export async function catalogStation(): Promise<TestStation> {
  const st = await testStation();
  seedOrders(st.ctx.db, [
    { ext: '1', createdAt: '2020-01-01T10:00:00Z', lines: { 'HAY-1': 1, 'BED-2': 1 } },
  ]);
  st.ctx.db.$client.prepare("update orders set status = 'cancelled'").run();
  return st;
}
