import { setTimeout as sleep } from 'node:timers/promises';
import { FeedError } from './feed-error';

/** Where the feed comes from: the configured storefront, or the station's own demo feed. */
export interface StorefrontSource {
  baseUrl: string;
  apiKey: string;
}

export interface FetchOptions {
  /** Per request, headers and body together. */
  timeoutMs: number;
  /** Retries after 429/503 before the run gives up. */
  maxRetries: number;
  /** A storefront asking for a longer Retry-After still only gets this long. */
  maxRetryWaitMs: number;
  maxPageBytes: number;
}

export const FETCH_DEFAULTS: FetchOptions = {
  timeoutMs: 30_000,
  maxRetries: 3,
  maxRetryWaitMs: 60_000,
  maxPageBytes: 50 * 1024 * 1024,
};

/** Retry-After without a usable value. */
const DEFAULT_RETRY_MS = 5_000;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function retryAfterMs(header: string | null, capMs: number): number {
  const seconds = Number(header);
  let ms = DEFAULT_RETRY_MS;
  if (header && Number.isFinite(seconds) && seconds >= 0) ms = seconds * 1000;
  else if (header && !Number.isNaN(Date.parse(header))) ms = Date.parse(header) - Date.now();
  return Math.min(Math.max(ms, 0), capMs);
}

/**
 * One page of the feed as the bytes the storefront sent (parsing waits for a worker). Retries only what the storefront asked to be retried
 * (429/503 with Retry-After); every other failure ends the run with a reason a person can act on.
 * `signal` aborts waiting and reading when the station closes.
 */
export async function fetchPage(
  source: StorefrontSource,
  page: number,
  opts: FetchOptions,
  signal?: AbortSignal,
): Promise<Buffer> {
  const url = `${source.baseUrl.replace(/\/+$/, '')}/orders?page=${page}`;
  for (let attempt = 0; ; attempt++) {
    const timeout = AbortSignal.timeout(opts.timeoutMs);
    const both = signal ? AbortSignal.any([signal, timeout]) : timeout;
    try {
      const res = await fetch(url, {
        headers: { authorization: `Bearer ${source.apiKey}`, accept: 'application/json' },
        signal: both,
      });
      if (res.status === 429 || res.status === 503) {
        await res.body?.cancel();
        if (attempt >= opts.maxRetries) {
          throw new FeedError(
            `the storefront was still busy (HTTP ${res.status}) for page ${page} after ${opts.maxRetries} retries; the next sync tries again`,
          );
        }
        await sleep(retryAfterMs(res.headers.get('retry-after'), opts.maxRetryWaitMs), undefined, {
          signal,
        });
        continue;
      }
      if (res.status === 401 || res.status === 403) {
        await res.body?.cancel();
        throw new FeedError(
          `the storefront rejected the API key (HTTP ${res.status}); check the API key in Settings`,
        );
      }
      if (!res.ok) {
        await res.body?.cancel();
        throw new FeedError(`the storefront answered HTTP ${res.status} for page ${page}`);
      }
      return await readCapped(res, page, opts.maxPageBytes);
    } catch (err) {
      if (err instanceof FeedError) throw err;
      if (signal?.aborted) throw new FeedError('the sync was stopped because the station closed');
      if (timeout.aborted) {
        throw new FeedError(
          `the storefront did not answer page ${page} within ${opts.timeoutMs / 1000} s`,
        );
      }
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      throw new FeedError(
        `could not reach the storefront at ${new URL(url).origin}: ${cause?.code ?? cause?.message ?? (err as Error).message}`,
      );
    }
  }
}

/** Reads the body, refusing it (and closing the connection) as soon as it passes the cap. */
async function readCapped(res: Response, page: number, cap: number): Promise<Buffer> {
  const tooLarge = () =>
    new FeedError(
      `the storefront sent a page larger than ${megabytes(cap)} (page ${page}); the station refuses pages that large`,
    );
  if (Number(res.headers.get('content-length')) > cap) {
    await res.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (let next = await reader?.read(); next && !next.done; next = await reader?.read()) {
    size += next.value.byteLength;
    if (size > cap) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  return Buffer.concat(chunks, size);
}
