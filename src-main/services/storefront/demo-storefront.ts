import { generateDemoFeed, pages, type FeedDocument } from './demo-feed';

/** Where `serve --demo` serves its feed on the station's own port, and the key it takes. */
export const DEMO_FEED_PATH = '/demo/storefront';
export const DEMO_API_KEY = 'demo';

/**
 * A newcomer's first pick list: a few dozen orders over the last days, in a few pages so paging
 * is exercised. Anchored to the start of the UTC day, so restarting the same day re-imports an
 * identical feed and changes nothing.
 */
export function demoPages(now = new Date()): FeedDocument[] {
  const day = new Date(now);
  day.setUTCHours(0, 0, 0, 0);
  return pages(generateDemoFeed({ orders: 60, seed: 1, now: day }), 20);
}
