// Worker thread entry: parsing, validating and merging a feed take seconds for a large one, so
// they happen here and the station's event loop only applies the result, a slice at a time.
// Built as out/main/import-worker.js.
import { answerCalls } from '../../platform/worker-thread';
import type { StationSettings } from '../../contract/settings';
import { FeedError } from './feed-error';
import { checkPage, type ValidPage } from './feed-schema';
import { mergeFeed, type FeedOrder, type FeedProduct } from './merge';

export type FeedRequest =
  | { type: 'page'; page: number; body: Uint8Array }
  | { type: 'merge'; mapping: StationSettings['status_mapping'] }
  | { type: 'chunk' };

export type FeedAnswer =
  | { kind: 'failed'; message: string; problems: string[] }
  | { kind: 'page'; page: number; nextPage: number | null }
  | { kind: 'merged'; log: string[]; products: number; orders: number }
  | { kind: 'products'; products: FeedProduct[] }
  | { kind: 'orders'; orders: FeedOrder[] }
  | { kind: 'done' };

// Slices handed to the event loop, small enough to copy across quickly; the event loop writes
// an order slice in as many time-boxed steps as it needs (importer.ts).
const PRODUCTS_PER_STEP = 1000;
const ORDERS_PER_STEP = 100;

/** The FIFO key of the pick list (migration 0001): numeric ids zero-padded, so 9999 < 10000. */
const fifoKey = (o: FeedOrder) =>
  `${o.createdAt} ${/^\d{1,20}$/.test(o.externalId) ? o.externalId.padStart(20, '0') : o.externalId}`;

let pages: ValidPage[] = [];
let steps: FeedAnswer[] = [];

function handle(request: FeedRequest): FeedAnswer {
  switch (request.type) {
    case 'page': {
      const valid = checkPage(request.page, request.body);
      pages.push(valid);
      return { kind: 'page', page: request.page, nextPage: valid.body.next_page ?? null };
    }
    case 'merge': {
      const feed = mergeFeed(pages, request.mapping);
      pages = [];
      const products = [...feed.products.values()];
      // Oldest first, so while the import runs the orders already in are never younger than
      // one still to come: a pick in the meantime goes where FIFO would send it anyway.
      const orders = [...feed.orders.values()]
        .map((order) => ({ order, key: fifoKey(order) }))
        .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .map(({ order }) => order);
      steps = [];
      for (let i = 0; i < products.length; i += PRODUCTS_PER_STEP) {
        steps.push({ kind: 'products', products: products.slice(i, i + PRODUCTS_PER_STEP) });
      }
      for (let i = 0; i < orders.length; i += ORDERS_PER_STEP) {
        steps.push({ kind: 'orders', orders: orders.slice(i, i + ORDERS_PER_STEP) });
      }
      steps.reverse();
      return { kind: 'merged', log: feed.log, products: products.length, orders: orders.length };
    }
    case 'chunk':
      return steps.pop() ?? { kind: 'done' };
  }
}

answerCalls<FeedRequest, FeedAnswer>(
  (request) => {
    try {
      return handle(request);
    } catch (err) {
      if (!(err instanceof FeedError)) throw err;
      return { kind: 'failed', message: err.message, problems: err.problems };
    }
  },
  { background: true },
);
