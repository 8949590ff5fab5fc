import type { SyncPhase } from '../../contract/jobs';
import type { WriteQueue } from '../../platform/write-queue';
import type { WriteTx } from '../../store/db';
import type { StationSettings } from '../../contract/settings';
import {
  addResult,
  applyFeed,
  applyOrders,
  applyProducts,
  emptyResult,
  type ImportResult,
} from './apply-import';
import { FeedError } from './feed-error';
import { checkPage, type ValidPage } from './feed-schema';
import { FeedWorker, type CheckedPage, type PageChecker } from './feed-worker';
import { fetchPage, type FetchOptions, type StorefrontSource } from './fetch-feed';
import { mergeFeed, type FeedOrder } from './merge';
import type { ProductIds } from './upsert-products';

export interface FeedProgress {
  phase: SyncPhase;
  page: number;
  pages?: number;
}

type StatusMapping = StationSettings['status_mapping'];

/**
 * The writing time of one import step. Between steps the write queue and the event loop serve
 * everyone else, so a pick waits at most about this long (plus one batch) behind an import.
 */
const STEP_MS = 50;
/** Orders looked up and written together inside a step. */
const ORDERS_PER_BATCH = 25;

/** A runaway next_page chain ends here rather than filling memory. */
const MAX_PAGES = 1000;

/** Checks pages on the calling thread: for tests of fetching alone. */
const inThisThread: PageChecker = {
  check: async (page, body) => ({ page, nextPage: checkPage(page, body).body.next_page ?? null }),
};

/** Every page of the feed, each checked as it arrives; nothing is applied on the way. */
export async function fetchFeed(
  source: StorefrontSource,
  opts: FetchOptions,
  onProgress: (progress: FeedProgress) => void = () => {},
  signal?: AbortSignal,
  checker: PageChecker = inThisThread,
): Promise<CheckedPage[]> {
  const pages: CheckedPage[] = [];
  for (let page: number | null = 1; page != null;) {
    onProgress({ phase: 'fetching', page });
    const body = await fetchPage(source, page, opts, signal);
    onProgress({ phase: 'validating', page });
    const checked = await checker.check(page, body);
    pages.push(checked);
    const next = checked.nextPage;
    if (next != null && next <= page) {
      throw new FeedError(
        `page ${page}: next_page is ${next}, which does not come after it; the storefront's paging is broken`,
      );
    }
    if (next != null && pages.length >= MAX_PAGES) {
      throw new FeedError(
        `the storefront announced more than ${MAX_PAGES} pages; the station stops there`,
      );
    }
    page = next;
  }
  return pages;
}

/** Merges validated pages and applies them in one write: for seeding benches and tests. */
export function importPages(
  writes: WriteQueue,
  pages: ValidPage[],
  mapping: StatusMapping,
): Promise<ImportResult> {
  const feed = mergeFeed(pages, mapping);
  return writes.run((tx) => applyFeed(tx, feed));
}

/** An import that stopped after some of its steps were written; `result` is what they did. */
export class PartialImportError extends FeedError {
  constructor(
    message: string,
    readonly result: ImportResult,
  ) {
    super(message, result.log);
  }
}

export interface ImportHooks {
  onProgress?: (progress: FeedProgress) => void;
  /** After each step has committed: the orders it made ready to pack. */
  onReady?: (orderIds: number[]) => void;
  signal?: AbortSignal;
}

/**
 * A whole storefront sync. Fetching waits on the network; parsing, validating and merging run in
 * a worker thread; only then does the first write happen, so a feed that fails validation
 * (on any page) changes nothing. The writes are short steps through the write queue (products,
 * then orders oldest first, STEP_MS of writing each), so picks and scans keep being answered
 * between them. Each order is written whole in one step. Should a step fail (or the station
 * close), the steps before it stay: a re-import only writes what differs, so the next sync
 * finishes the job, and the error says how far this one got.
 */
export async function importFeed(
  { writes }: { writes: WriteQueue },
  source: StorefrontSource,
  opts: FetchOptions,
  mapping: StatusMapping,
  hooks: ImportHooks = {},
): Promise<ImportResult> {
  const { onProgress = () => {}, onReady = () => {}, signal } = hooks;
  const worker = new FeedWorker();
  try {
    const pages = await fetchFeed(source, opts, onProgress, signal, worker);
    const plan = await worker.merge(mapping);
    onProgress({ phase: 'applying', page: pages.at(-1)!.page, pages: pages.length });

    const total = emptyResult();
    const products: ProductIds = new Map();
    const now = new Date().toISOString();
    let applied = 0;
    /** One write step through the queue, or the error saying how far the import got. */
    const write = async <T>(action: (tx: WriteTx) => T): Promise<T> => {
      const stopped = (why: string) =>
        new PartialImportError(
          `${why} after ${applied.toLocaleString('en-US')} of ${plan.orders.toLocaleString('en-US')} orders were applied; ` +
            'those stay, and the next sync applies the rest',
          { ...total, log: [...plan.log, ...total.log] },
        );
      if (signal?.aborted) throw stopped('the sync was stopped because the station closed');
      try {
        return await writes.run(action);
      } catch (err) {
        throw stopped(`the import stopped (${(err as Error).message})`);
      }
    };
    const prefetch = () => {
      // Asked for while the step before it is written; if the run stops first, nobody awaits it.
      const step = worker.step();
      step.catch(() => undefined);
      return step;
    };

    let next = prefetch();
    let orders: FeedOrder[] = [];
    let at = 0;
    for (;;) {
      if (at === orders.length) {
        const step = await next;
        if (!step) break;
        next = prefetch();
        if ('orders' in step) [orders, at] = [step.orders, 0];
        else {
          const upsert = await write((tx) => applyProducts(tx, step.products, now));
          for (const [sku, ids] of upsert.ids) products.set(sku, ids);
          addResult(total, upsert.result);
        }
        continue;
      }
      const from = at;
      const { result, to } = await write((tx) => {
        // A step ends once it has taken STEP_MS, whatever the machine's speed or load.
        const started = performance.now();
        const result = emptyResult();
        let to = from;
        do {
          const batch = orders.slice(to, to + ORDERS_PER_BATCH);
          addResult(result, applyOrders(tx, batch, products, now));
          to += batch.length;
        } while (to < orders.length && performance.now() - started < STEP_MS);
        return { result, to };
      });
      at = to;
      applied += to - from;
      addResult(total, result);
      if (result.becameReady.length) onReady(result.becameReady);
    }
    return { ...total, log: [...plan.log, ...total.log] };
  } finally {
    await worker.stop();
  }
}
