// Storefront import of a 10,000-order / ~30,000-line feed (fetched over loopback HTTP,
// validated and merged in the import worker, applied in steps through the write queue, as a
// station's sync does), its unchanged re-import, and raw inserts of the same rows. Also the
// longest the event loop stalled during each import: what a pick would have waited.
// Run by hand: npm run bench:import
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { openDatabase } from '../src-main/platform/database';
import { WriteQueue } from '../src-main/platform/write-queue';
import { STATION_DEFAULTS } from '../src-main/services/settings/defaults';
import {
  generateDemoFeed,
  pages,
  type FeedDocument,
} from '../src-main/services/storefront/demo-feed';
import { FETCH_DEFAULTS } from '../src-main/services/storefront/fetch-feed';
import { importFeed } from '../src-main/services/storefront/importer';
import { ms, report } from './lib/report';
import { serveFeed } from './lib/storefront';

const ORDERS = 10_000;

/** The floor: the same products, orders and lines written by plain prepared inserts in one transaction. */
function rawInserts(feed: FeedDocument): number {
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-bench-raw-')), 'station.db')).$client;
  const product = db.prepare(
    'insert into products (sku, title, category, subcategory, barcode) values (?, ?, ?, ?, ?)',
  );
  const order = db.prepare(
    "insert into orders (channel, external_order_id, number, customer_name, created_at, shipping_address) values ('storefront', ?, ?, ?, ?, ?) on conflict do nothing",
  );
  const orderId = db
    .prepare("select id from orders where channel = 'storefront' and external_order_id = ?")
    .pluck();
  const item = db.prepare(
    'insert into order_items (order_id, product_id, sku, title, qty_ordered) values (?, ?, ?, ?, ?)',
  );
  const t = performance.now();
  db.transaction(() => {
    for (const c of feed.categories)
      for (const s of c.subcategories)
        for (const it of s.items) {
          const pid = Number(
            product.run(it.sku, it.title, c.name, s.name, it.barcode ?? null).lastInsertRowid,
          );
          for (const o of it.orders) {
            order.run(
              o.order_id,
              o.order_number,
              o.customer_name ?? null,
              new Date(o.created_at).toISOString(),
              JSON.stringify(o.shipping_address ?? null),
            );
            item.run(orderId.get(o.order_id), pid, it.sku, it.title, o.quantity);
          }
        }
  })();
  const elapsed = performance.now() - t;
  db.close();
  return elapsed;
}

async function main() {
  const feed = generateDemoFeed({ orders: ORDERS, seed: 1 });
  const docs = pages(feed, 20);
  const lines = feed.categories.flatMap((c) =>
    c.subcategories.flatMap((s) => s.items.flatMap((i) => i.orders)),
  ).length;
  const storefront = await serveFeed(docs);
  const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-bench-import-')), 'station.db'));
  const source = { baseUrl: storefront.url, apiKey: 'bench' };
  const writes = new WriteQueue(db);

  const run = async () => {
    const stalls = monitorEventLoopDelay({ resolution: 5 });
    stalls.enable();
    const t = performance.now();
    const result = await importFeed(
      { writes },
      source,
      FETCH_DEFAULTS,
      STATION_DEFAULTS.status_mapping,
    );
    const elapsed = performance.now() - t;
    stalls.disable();
    return { elapsed, stall: stalls.max / 1e6, counts: result.counts };
  };
  const first = await run();
  const again = await run();
  const baseline = rawInserts(feed);
  storefront.close();

  console.log(`feed: ${ORDERS} orders, ${lines} lines, ${docs.length} pages`);
  console.log(`baseline (raw prepared inserts of the same rows, one transaction): ${ms(baseline)}`);
  console.log(
    `import: ${ms(first.elapsed)} (${(first.elapsed / baseline).toFixed(1)}× baseline), longest event-loop stall ${ms(first.stall)} ${JSON.stringify(first.counts)}`,
  );
  console.log(
    `unchanged re-import: ${ms(again.elapsed)} (${(again.elapsed / baseline).toFixed(1)}× baseline), longest event-loop stall ${ms(again.stall)} ${JSON.stringify(again.counts)}`,
  );
  report('import 10,000 orders', ms(first.elapsed), '<= 3000 ms', first.elapsed <= 3000);
  report('unchanged re-import', ms(again.elapsed), '<= 1500 ms', again.elapsed <= 1500);
  const stall = Math.max(first.stall, again.stall);
  report('longest event-loop stall during an import', ms(stall), '<= 250 ms', stall <= 250);
  db.$client.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
