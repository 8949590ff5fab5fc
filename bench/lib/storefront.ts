import { createServer } from 'node:http';
import type { FeedDocument } from '../../src-main/services/storefront/demo-feed';

/** A local storefront answering the feed's `GET /orders?page=N` with these pages (`publish` replaces them). */
export function serveFeed(docs: FeedDocument[]) {
  let bodies = docs.map((d) => JSON.stringify(d));
  const server = createServer((req, res) => {
    const page = Number(new URL(req.url!, 'http://x').searchParams.get('page') ?? 1);
    res.writeHead(200, { 'content-type': 'application/json' }).end(bodies[page - 1]);
  });
  const publish = (next: FeedDocument[]) => (bodies = next.map((d) => JSON.stringify(d)));
  return new Promise<{ url: string; close: () => void; publish: typeof publish }>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
        close: () => server.close(),
        publish,
      }),
    ),
  );
}

/**
 * Drops order lines (never an order's last one) until the feed holds `lines`: the demo feed
 * averages three lines an order, a real rush may have fewer. Deterministic, so runs compare.
 */
export function trimToLines(feed: FeedDocument, lines: number): FeedDocument {
  const items = feed.categories.flatMap((c) => c.subcategories.flatMap((s) => s.items));
  const perOrder = new Map<string, number>();
  for (const item of items)
    for (const o of item.orders) perOrder.set(o.order_id, (perOrder.get(o.order_id) ?? 0) + 1);
  let excess = [...perOrder.values()].reduce((a, b) => a + b, 0) - lines;
  for (const item of items) {
    item.orders = item.orders.filter((o) => {
      const left = perOrder.get(o.order_id)!;
      if (excess <= 0 || left <= 1) return true;
      perOrder.set(o.order_id, left - 1);
      excess--;
      return false;
    });
  }
  return feed;
}

/** The feed as it stood when it held only its oldest `orders` orders (demo ids run in time order). */
export function firstOrders(feed: FeedDocument, orders: number): FeedDocument {
  const keep = (id: string) => Number(id) < 100_000 + orders;
  return {
    ...feed,
    categories: feed.categories.map((c) => ({
      ...c,
      subcategories: c.subcategories.map((s) => ({
        ...s,
        items: s.items.map((item) => ({
          ...item,
          orders: item.orders.filter((o) => keep(o.order_id)),
        })),
      })),
    })),
  };
}
