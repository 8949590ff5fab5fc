import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleFeed } from '../../testing/sample-feed';
import { storefrontServer, type StorefrontServer } from '../../testing/storefront-server';
import { FETCH_DEFAULTS, type FetchOptions } from './fetch-feed';
import { fetchFeed, type FeedProgress } from './importer';

let shop: StorefrontServer;
beforeEach(async () => {
  shop = await storefrontServer([sampleFeed()]);
});
afterEach(() => shop.close());

const fetchAll = (opts: Partial<FetchOptions> = {}, onProgress?: (p: FeedProgress) => void) =>
  fetchFeed(
    { baseUrl: shop.url, apiKey: 'key-1' },
    { ...FETCH_DEFAULTS, maxRetryWaitMs: 2_000, ...opts },
    onProgress,
  );
const answer =
  (status: number, headers: Record<string, string> = {}): StorefrontServer['handle'] =>
  (_page, _req, res) => {
    res.writeHead(status, headers);
    res.end();
  };
/** Answers with `first` for the first `times` requests, then serves the pages. */
function thenPages(times: number, first: StorefrontServer['handle']) {
  const pages = shop.handle;
  shop.handle = (page, req, res) => (shop.requests.length <= times ? first : pages)(page, req, res);
}

describe('fetching the storefront feed', () => {
  it('follows next_page until it is null, sending the key and asking for JSON', async () => {
    const pages = [1, 2, 3].map((n) => ({ ...sampleFeed(), next_page: n < 3 ? n + 1 : null }));
    shop.pages = pages;
    const progress: FeedProgress[] = [];
    const got = await fetchAll({}, (p) => progress.push(p));
    expect(got.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(shop.requests).toEqual(
      [1, 2, 3].map((page) => ({
        page,
        authorization: 'Bearer key-1',
        accept: 'application/json',
      })),
    );
    expect(progress.map((p) => `${p.phase} ${p.page}`)).toEqual([
      'fetching 1',
      'validating 1',
      'fetching 2',
      'validating 2',
      'fetching 3',
      'validating 3',
    ]);
  });

  it('refuses a next_page that does not move forward', async () => {
    shop.pages = [{ ...sampleFeed(), next_page: 1 }];
    await expect(fetchAll()).rejects.toThrow(
      "page 1: next_page is 1, which does not come after it; the storefront's paging is broken",
    );
  });

  it('waits out a 429 for its Retry-After, then succeeds', async () => {
    thenPages(1, answer(429, { 'retry-after': '1' }));
    const started = Date.now();
    await expect(fetchAll()).resolves.toHaveLength(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(shop.requests).toHaveLength(2);
  });

  it('caps a long Retry-After', async () => {
    thenPages(1, answer(503, { 'retry-after': '3600' }));
    const started = Date.now();
    await expect(fetchAll({ maxRetryWaitMs: 50 })).resolves.toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('gives up after the bounded retries with the reason', async () => {
    shop.handle = answer(503, { 'retry-after': '0' });
    await expect(fetchAll({ maxRetries: 3 })).rejects.toThrow(
      'the storefront was still busy (HTTP 503) for page 1 after 3 retries; the next sync tries again',
    );
    expect(shop.requests).toHaveLength(4);
  });

  it.each([401, 403])('%i: the storefront rejected the API key', async (status) => {
    shop.handle = answer(status);
    await expect(fetchAll()).rejects.toThrow(
      `the storefront rejected the API key (HTTP ${status}); check the API key in Settings`,
    );
    expect(shop.requests).toHaveLength(1);
  });

  it('names any other status', async () => {
    shop.handle = answer(500);
    await expect(fetchAll()).rejects.toThrow('the storefront answered HTTP 500 for page 1');
  });

  it('times out a storefront that never answers', async () => {
    shop.handle = () => {};
    const started = Date.now();
    await expect(fetchAll({ timeoutMs: 300 })).rejects.toThrow(
      'the storefront did not answer page 1 within 0.3 s',
    );
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('times out a body that stalls half-way', async () => {
    shop.handle = (_page, _req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"categories": [');
    };
    await expect(fetchAll({ timeoutMs: 300 })).rejects.toThrow(
      'did not answer page 1 within 0.3 s',
    );
  });

  it('refuses an announced body over the cap without reading it', async () => {
    shop.handle = (_page, _req, res) => {
      res.writeHead(200, { 'content-length': String(2 * 1024 * 1024) });
      res.write('{');
    };
    await expect(fetchAll({ maxPageBytes: 1024 * 1024 })).rejects.toThrow(
      'the storefront sent a page larger than 1 MB (page 1)',
    );
  });

  it('says when the storefront cannot be reached', async () => {
    const url = shop.url;
    await shop.close();
    await expect(fetchFeed({ baseUrl: url, apiKey: 'k' }, FETCH_DEFAULTS)).rejects.toThrow(
      /^could not reach the storefront at http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED$/,
    );
  });
});
