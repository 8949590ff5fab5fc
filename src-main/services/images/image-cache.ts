import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ReadDb } from '../../store/db';
import { photoUrls } from '../../store/photos';
import { fetchImage, IMAGE_FETCH_DEFAULTS, type ImageFetchOptions } from './fetch-image';
import type { ImageType } from './image-type';

const EXTENSIONS: Record<ImageType, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
};

/** A URL's photo is kept under the hash of the URL: the key never says where it came from. */
export const imageKey = (url: string) => createHash('sha256').update(url).digest('hex');

export const imagesDir = (dataDir: string) => join(dataDir, 'images');

const TYPES = new Map(Object.entries(EXTENSIONS).map(([type, ext]) => [ext, type as ImageType]));
const listings = new Map<string, { mtimeMs: number; files: Map<string, string> }>();

/** key → file name of every kept photo; read again only when the folder changed. */
function keptPhotos(dir: string): Map<string, string> {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(dir).mtimeMs;
  } catch {
    return new Map();
  }
  const known = listings.get(dir);
  if (known?.mtimeMs === mtimeMs) return known.files;
  const files = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const [key, ext] = name.split('.');
    if (key && ext && TYPES.has(ext)) files.set(key, name);
  }
  listings.set(dir, { mtimeMs, files });
  return files;
}

/** The kept file for a key and what it is; null when not fetched (yet). */
export function storedImage(dir: string, key: string): { file: string; type: ImageType } | null {
  const name = keptPhotos(dir).get(key);
  return name ? { file: join(dir, name), type: TYPES.get(name.split('.')[1]!)! } : null;
}

/**
 * Where the station serves the photo at `url` (GET /api/images/{key}), once it keeps a copy; null
 * before, so screens only ever show a photo that is there. Photos live beside the database.
 */
export function photoPath(db: ReadDb, url: string | null): string | null {
  if (!url) return null;
  const key = imageKey(url);
  return storedImage(imagesDir(dirname(db.$client.name)), key) ? `/api/images/${key}` : null;
}

export interface ImageCacheOptions {
  fetch: ImageFetchOptions;
  /** A URL that failed is not tried again for this long. */
  retryMs: number;
  log: (message: string) => void;
}

/**
 * Keeps a copy of every product photo the feed names in the data folder, so handhelds on the
 * LAN see them without internet. Fetching runs in the background, one photo at a time, after
 * start and after each import; no pick or page ever waits for it.
 */
export class ImageCache {
  private readonly failedAt = new Map<string, number>();
  private readonly stopped = new AbortController();
  private running: Promise<void> | null = null;
  private again = false;
  private readonly opts: ImageCacheOptions;

  constructor(
    private readonly db: ReadDb,
    private readonly dir: string,
    opts: Partial<ImageCacheOptions> = {},
  ) {
    this.opts = { fetch: IMAGE_FETCH_DEFAULTS, retryMs: 60 * 60_000, log: () => {}, ...opts };
  }

  /** Fetches what is missing; a call while a run is under way makes one more run after it. */
  refresh(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.fill().finally(() => {
      this.running = null;
      if (this.again && !this.stopped.signal.aborted) {
        this.again = false;
        void this.refresh();
      }
    });
    return this.running;
  }

  async close(): Promise<void> {
    this.stopped.abort();
    await this.running;
  }

  private async fill(): Promise<void> {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const urls = photoUrls(this.db);
    let fetched = 0;
    const failures: string[] = [];
    for (const url of urls) {
      if (this.stopped.signal.aborted) break;
      const key = imageKey(url);
      if (storedImage(this.dir, key)) continue;
      if (Date.now() - (this.failedAt.get(url) ?? -Infinity) < this.opts.retryMs) continue;
      try {
        const { bytes, type } = await fetchImage(url, {
          ...this.opts.fetch,
          signal: this.stopped.signal,
        });
        // Written aside and renamed: a half-written photo is never served.
        const temp = join(this.dir, `${key}.part`);
        writeFileSync(temp, bytes, { mode: 0o600 });
        renameSync(temp, join(this.dir, `${key}.${EXTENSIONS[type]}`));
        fetched++;
      } catch (err) {
        if (this.stopped.signal.aborted) break;
        this.failedAt.set(url, Date.now());
        failures.push(`${url.slice(0, 200)}: ${(err as Error).message}`);
      }
    }
    if (fetched > 0 || failures.length > 0) {
      this.opts.log(
        `product photos: ${fetched} fetched, ${failures.length} not (retried in an hour)${failures.length ? `; first: ${failures[0]}` : ''}`,
      );
    }
  }
}
