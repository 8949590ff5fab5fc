import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStation } from '../../src-main/station';
import { STATION_DEFAULTS } from '../../src-main/services/settings/defaults';
import { generateDemoFeed } from '../../src-main/services/storefront/demo-feed';
import { validatePage } from '../../src-main/services/storefront/feed-schema';
import { importPages } from '../../src-main/services/storefront/importer';

/** A station in a temp dir holding `orders` demo orders (about 3 lines each), all open. */
export async function seededStation(orders: number, seed = 7) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ws-bench-'));
  const station = await createStation({ dataDir, port: 0, secrets: 'file', log: false });
  const feed = generateDemoFeed({ orders, seed });
  await importPages(
    station.ctx.writes,
    [validatePage(feed, 1, false)],
    STATION_DEFAULTS.status_mapping,
  );
  const lines = station.ctx.db.$client
    .prepare('select count(*) as n from order_items where order_active = 1')
    .get() as { n: number };
  return { ...station, dataDir, openLines: lines.n };
}

export const BENCH_ADMIN = { username: 'bench', password: 'bench-password' };

/** Signs the bench admin in over HTTP: the Authorization header for its requests. */
export async function benchAuth(url: string): Promise<{ authorization: string }> {
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(BENCH_ADMIN),
  });
  if (!res.ok) throw new Error(`bench login: ${res.status} ${await res.text()}`);
  const { access } = (await res.json()) as { access: string };
  return { authorization: `Bearer ${access}` };
}
