import type { Db } from '../../platform/database';
import type { StationSettings } from '../settings/schemas';
import { applyFeed, type ImportResult } from './apply-import';
import { FeedError } from './feed-error';
import { announcesNextPage, validatePage, type ValidPage } from './feed-schema';
import { fetchPage, type FetchOptions, type StorefrontSource } from './fetch-feed';
import { mergeFeed } from './merge';

export type SyncPhase = 'fetching' | 'validating' | 'applying';

export interface FeedProgress {
  phase: SyncPhase;
  page: number;
  pages?: number;
}

/** A runaway next_page chain ends here rather than filling memory. */
const MAX_PAGES = 1000;

/** Every page of the feed, each validated as it arrives; nothing is applied on the way. */
export async function fetchFeed(
  source: StorefrontSource,
  opts: FetchOptions,
  onProgress: (progress: FeedProgress) => void = () => {},
  signal?: AbortSignal,
): Promise<ValidPage[]> {
  const pages: ValidPage[] = [];
  for (let page: number | null | undefined = 1; page != null;) {
    onProgress({ phase: 'fetching', page });
    const raw = await fetchPage(source, page, opts, signal);
    onProgress({ phase: 'validating', page });
    const valid = validatePage(raw, page, page > 1 || announcesNextPage(raw));
    pages.push(valid);
    const next = valid.body.next_page;
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

/** Merges the pages and applies them in one transaction: the whole feed or nothing. */
export function importPages(
  db: Db,
  pages: ValidPage[],
  mapping: StationSettings['status_mapping'],
): ImportResult {
  const feed = mergeFeed(pages, mapping);
  return db.$client.transaction(() => applyFeed(db, feed))();
}
