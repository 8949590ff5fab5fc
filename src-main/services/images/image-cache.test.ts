import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appRoot } from '../../platform/paths';
import { seedOrders } from '../../testing/fixtures';
import { testStation, type TestStation } from '../../testing/test-station';
import { fetchImage, IMAGE_FETCH_DEFAULTS } from './fetch-image';
import { ImageCache, imageKey, imagesDir, storedImage } from './image-cache';

/** A real PNG (the app icon), as a storefront's CDN would serve it. */
const PNG = readFileSync(join(appRoot(), 'resources', 'icon.png'));

let server: Server;
let base: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    hits.set(req.url!, (hits.get(req.url!) ?? 0) + 1);
    switch (req.url) {
      case '/photo.png':
      case '/other.png':
        return res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      case '/moved':
        return res.writeHead(302, { location: '/photo.png' }).end();
      case '/to-file':
        return res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      case '/loop':
        return res.writeHead(302, { location: '/loop' }).end();
      case '/logo.svg':
        return res
          .writeHead(200, { 'content-type': 'image/svg+xml' })
          .end('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
      case '/page.png':
        return res.writeHead(200, { 'content-type': 'image/png' }).end('<html>not a photo</html>');
      case '/endless.png':
        // No content-length: only counting the bytes as they come stops it.
        res.writeHead(200, { 'content-type': 'image/png' });
        res.write(PNG);
        return void setInterval(() => res.write(Buffer.alloc(64 * 1024)), 5).unref();
      case '/silent.png':
        return; // never answers
      default:
        return res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const quick = { ...IMAGE_FETCH_DEFAULTS, timeoutMs: 1_500 };

describe('fetching a feed photo', () => {
  it('keeps a real PNG, following an http redirect', async () => {
    for (const path of ['/photo.png', '/moved']) {
      const { bytes, type } = await fetchImage(`${base}${path}`, quick);
      expect(type).toBe('image/png');
      expect(bytes.equals(PNG)).toBe(true);
    }
  });

  it.each([
    ['file:///etc/passwd', /only http and https/],
    ['javascript:alert(1)', /only http and https/],
    ['not a url', /not a URL/],
    ['http://user:pw@127.0.0.1/x.png', /credentials/],
    ['https://cdn.example.com/img/hay.jpg', /reserved example name/],
    ['http://shop.test/x.png', /reserved example name/],
    ['/to-file', /only http and https/],
    ['/loop', /too many redirects/],
    ['/logo.svg', /not a photo format/],
    ['/page.png', /not a PNG, JPEG, GIF or WebP/],
    ['/endless.png', /larger than/],
    ['/silent.png', /timeout|abort/i],
    ['/missing.png', /answered 404/],
  ])('refuses %s', async (url, why) => {
    const started = Date.now();
    await expect(fetchImage(url.startsWith('/') ? `${base}${url}` : url, quick)).rejects.toThrow(
      why,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('the station keeps and serves photos', () => {
  let st: TestStation;
  let cache: ImageCache;
  beforeEach(async () => {
    st = await testStation();
    seedOrders(st.ctx.db, [
      {
        ext: '1',
        createdAt: '2026-11-19T10:00:00Z',
        lines: { 'HAY-1': 1, 'BED-1': 1, 'TOY-1': 1 },
      },
    ]);
    const setImage = st.ctx.db.$client.prepare('update products set image_url = ? where sku = ?');
    setImage.run(`${base}/photo.png`, 'HAY-1');
    setImage.run(`${base}/logo.svg`, 'BED-1');
    cache = new ImageCache(st.ctx.db, imagesDir(st.dataDir), { fetch: quick });
    hits.clear();
  });
  afterEach(async () => {
    await cache.close();
    await st.close();
  });

  const imagePath = (url: string) => `/api/images/${imageKey(url)}`;
  const image = (url: string) => st.request('GET', imagePath(url));

  it('fetches once in the background, stores 0600, serves it with safe headers; others 404', async () => {
    const photo = `${base}/photo.png`;
    expect((await image(photo)).statusCode).toBe(404);
    await cache.refresh();
    await cache.refresh();
    expect(hits.get('/photo.png')).toBe(1);
    expect(hits.get('/logo.svg')).toBe(1);
    const stored = storedImage(imagesDir(st.dataDir), imageKey(photo))!;
    expect(statSync(stored.file).mode & 0o777).toBe(0o600);
    expect(statSync(imagesDir(st.dataDir)).mode & 0o777).toBe(0o700);

    const res = await image(photo);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PNG)).toBe(true);
    expect(res.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    const refused = await image(`${base}/logo.svg`);
    expect(refused.statusCode).toBe(404);
    expect(refused.json()).toMatchObject({ error: { code: 'image_not_found' } });
    expect((await st.request('GET', '/api/images/..%2Fstation.db')).statusCode).toBe(400);
  });

  it('names a photo on the pick list and the order lines once the station keeps it', async () => {
    await cache.refresh();
    const body = (await st.request('GET', '/api/picklist', { token: st.admin.access })).json() as {
      categories: { skus: { sku: string; image: string | null }[] }[];
    };
    const images = Object.fromEntries(
      body.categories.flatMap((c) => c.skus).map((s) => [s.sku, s.image]),
    );
    expect(images).toEqual({
      'BED-1': null,
      'HAY-1': imagePath(`${base}/photo.png`),
      'TOY-1': null,
    });
    const order = (await st.request('GET', '/api/orders/1', { token: st.admin.access })).json() as {
      items: { sku: string; image: string | null }[];
    };
    expect(order.items.find((i) => i.sku === 'HAY-1')!.image).toBe(imagePath(`${base}/photo.png`));
  });
});
