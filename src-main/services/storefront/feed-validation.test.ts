import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleFeed, type SampleFeed } from '../../testing/sample-feed';
import {
  importedRows,
  storefrontServer,
  useStorefront,
  type StorefrontServer,
} from '../../testing/storefront-server';
import { testStation, type TestStation } from '../../testing/test-station';

const MB = 1024 * 1024;

let st: TestStation;
let shop: StorefrontServer;
let baseline: string;
let servePages: StorefrontServer['handle'];
beforeAll(async () => {
  st = await testStation({ storefrontFetch: { maxPageBytes: 8 * MB } });
  shop = await storefrontServer([sampleFeed()]);
  servePages = shop.handle;
  await useStorefront(st, shop.url);
  // A first good import, so "changed nothing" is measured against real rows.
  expect((await (await st.ctx.sync.start('manual')).done).status).toBe('ok');
  baseline = importedRows(st.ctx.db);
});
beforeEach(() => {
  shop.handle = servePages;
});
afterAll(async () => {
  await st.close();
  await shop.close();
});

/** Runs a sync, expects it to fail, proves nothing changed, and answers the reason. */
async function failure(): Promise<{ error: string; log: string[] }> {
  const run = await (await st.ctx.sync.start('manual')).done;
  expect(run.status).toBe('error');
  expect(importedRows(st.ctx.db)).toBe(baseline);
  expect(run.error).not.toMatch(/\n\s+at /);
  return { error: run.error!, log: run.log };
}

/** A feed whose changes would show, then `edit`: the valid part alone would change rows. */
function bent(edit: (feed: SampleFeed) => void): SampleFeed {
  const feed = sampleFeed();
  feed.categories[0]!.subcategories[0]!.items[0]!.title =
    'Renamed, so a half-applied feed would show';
  edit(feed);
  return feed;
}

const ORDERS = 'categories[0].subcategories[0].items[0].orders';
const tim = (feed: SampleFeed) => feed.categories[0]!.subcategories[0]!.items[0]!;
const timOrders = (feed: SampleFeed) => tim(feed).orders as Record<string, unknown>[];
/** Order 98130 (Ben) as it appears under HAY-TIM-2LB: `${ORDERS}[1]`. */
const ben = (feed: SampleFeed) => timOrders(feed)[1]!;

describe('a malformed feed changes nothing and names the path', () => {
  it.each([
    [
      'missing field',
      (f: SampleFeed) => delete ben(f).order_number,
      `${ORDERS}[1].order_number: expected a non-empty string, but it is missing`,
    ],
    [
      'negative quantity',
      (f: SampleFeed) => (ben(f).quantity = -1),
      `${ORDERS}[1].quantity: expected a positive integer, got -1`,
    ],
    [
      'fractional quantity',
      (f: SampleFeed) => (ben(f).quantity = 1.5),
      `${ORDERS}[1].quantity: expected a positive integer, got 1.5`,
    ],
    [
      'quantity above 100,000 (2^53 - 1 would make the SKU impossible to short)',
      (f: SampleFeed) => (ben(f).quantity = Number.MAX_SAFE_INTEGER),
      `${ORDERS}[1].quantity: expected at most 100,000 units on one line, got 9007199254740991`,
    ],
    [
      'quantity as a string',
      (f: SampleFeed) => (ben(f).quantity = '2'),
      `${ORDERS}[1].quantity: expected a positive integer, got "2"`,
    ],
    [
      'price of the wrong type',
      (f: SampleFeed) => (tim(f).price = true),
      'categories[0].subcategories[0].items[0].price: expected a decimal string like "12.99" or a number, 0 or more, got true',
    ],
    [
      'items that are not a list',
      (f: SampleFeed) =>
        ((f.categories[1]!.subcategories[0] as Record<string, unknown>).items = {}),
      'categories[1].subcategories[0].items: expected a list of items, got an object',
    ],
    [
      'created_at without an offset',
      (f: SampleFeed) => (ben(f).created_at = '2026-11-19T11:03:10'),
      `${ORDERS}[1].created_at: expected an ISO-8601 date-time with offset`,
    ],
    [
      'the same SKU under two categories',
      (f: SampleFeed) => (f.categories[1]!.subcategories[0]!.items[0]!.sku = 'HAY-TIM-2LB'),
      'categories[1].subcategories[0].items[0].sku: SKU "HAY-TIM-2LB" appears twice in the feed (first at categories[0].subcategories[0].items[0].sku)',
    ],
    [
      'an order twice under one item',
      (f: SampleFeed) => timOrders(f).push({ ...ben(f) }),
      `${ORDERS}[2].order_id: order "98130" is listed twice under SKU HAY-TIM-2LB`,
    ],
    [
      'a status the mapping does not know',
      (f: SampleFeed) => (ben(f).status = 'awaiting-pickup'),
      `${ORDERS}[1].status: "awaiting-pickup" is not in the status mapping; add it to the status mapping in Settings`,
    ],
  ])('%s', async (_name, edit, message) => {
    shop.pages = [bent(edit)];
    expect((await failure()).error).toContain(message);
  });

  it('counts further problems and lists them in the run log', async () => {
    shop.pages = [
      bent((f) => {
        ben(f).quantity = 0;
        delete (tim(f) as Record<string, unknown>).title;
      }),
    ];
    const { error, log } = await failure();
    expect(error).toMatch(/\(and 1 more problem: see the run log\)$/);
    expect(log).toEqual(
      expect.arrayContaining([
        'categories[0].subcategories[0].items[0].title: expected a string, but it is missing',
        `${ORDERS}[1].quantity: expected a positive integer, got 0`,
      ]),
    );
  });

  it('names the page when the feed has several, and checks SKUs across pages', async () => {
    const page1 = bent(() => {});
    page1.next_page = 2;
    const page2 = sampleFeed();
    page2.categories = [page2.categories[0]!];
    shop.pages = [page1, page2];
    expect((await failure()).error).toBe(
      'page 2: categories[0].subcategories[0].items[0].sku: SKU "HAY-TIM-2LB" appears twice in the feed ' +
        '(first at page 1: categories[0].subcategories[0].items[0].sku); each SKU must appear once ' +
        '(and 2 more problems: see the run log)',
    );

    page2.categories = [
      { name: 'Toys', subcategories: [{ name: 'Chews', items: [{ sku: 'TOY-1' }] }] },
    ];
    expect((await failure()).error).toContain(
      'page 2: categories[0].subcategories[0].items[0].title: expected a string, but it is missing',
    );
  });

  it('a page that fails part-way through a multi-page feed: the valid pages change nothing', async () => {
    const page1 = bent(() => {});
    page1.next_page = 2;
    const page2 = bent(() => {});
    page2.next_page = 3;
    page2.categories = [
      {
        name: 'Toys',
        subcategories: [
          {
            name: 'Chews',
            items: [
              { sku: 'TOY-1', title: 'Chew', orders: [{ ...ben(page2), quantity: 100_001 }] },
            ],
          },
        ],
      },
    ];
    shop.pages = [page1, page2, sampleFeed()];
    expect((await failure()).error).toBe(
      'page 2: categories[0].subcategories[0].items[0].orders[0].quantity: expected at most 100,000 units on one line, got 100001',
    );
    // The station stopped at the bad page: page 3 was never asked for.
    expect(shop.requests.at(-1)!.page).toBe(2);
  });

  it('a page that is not JSON (truncated)', async () => {
    shop.handle = (_page, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(bent(() => {})).slice(0, 500));
    };
    expect((await failure()).error).toBe(
      'the storefront sent a page that is not valid JSON (page 1)',
    );
  });

  it('a page that is not an object with categories', async () => {
    shop.pages = [[1, 2, 3]];
    expect((await failure()).error).toBe(
      'the page: expected a JSON object with a "categories" list, got a list',
    );
  });

  it('a 40 MB page: refused at the cap while it streams, not buffered whole', async () => {
    let sent = 0;
    shop.handle = (_page, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"categories":["');
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const pump = () => {
        while (sent < 40 * MB && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end('"]}');
      };
      pump();
    };
    expect((await failure()).error).toBe(
      'the storefront sent a page larger than 8 MB (page 1); the station refuses pages that large',
    );
    // The station hung up near the cap: most of the 40 MB was never even sent.
    expect(sent).toBeLessThan(24 * MB);
  });
});
