import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { PICKLIST_CACHE } from '../src-renderer/pwa/offline-copy';
import type { Picklist, SkuOrders } from '../src-renderer/api/types';
import { ADMIN, PICKER } from './support/accounts';
import { apiAs, ensurePicker, screenView, type StationApi } from './support/picking';
import { signIn } from './support/station';

test.beforeAll(async ({ request }) => ensurePicker(request));

const sheet = (page: Page) => page.getByRole('dialog');
const waitingBanner = (page: Page) => page.getByRole('status', { name: 'Waiting picks' });
/**
 * The station out of reach. Offline mode alone stops the worker's own fetches and navigations,
 * but in this Chromium an API call the worker passes through can still get out; the route stops
 * those, for the page and the worker alike.
 */
async function loseStation(context: BrowserContext) {
  await context.setOffline(true);
  await context.route('**/api/**', (route) => route.abort('internetdisconnected'));
}

async function findStation(context: BrowserContext) {
  await context.unroute('**/api/**');
  await context.setOffline(false);
}

/**
 * Brings the station back and waits for the handheld to send it the waiting pick; the pick is
 * then taken back, so the specs after this one find the day's counts as they left them.
 */
async function replayThenUndo(
  page: Page,
  context: BrowserContext,
  admin: StationApi,
  check: () => Promise<void>,
) {
  const replayed = page.waitForResponse(
    (r) => r.request().method() === 'POST' && r.url().endsWith('/api/pick') && r.ok(),
  );
  await findStation(context);
  const { event_id } = (await (await replayed).json()) as { event_id: number };
  await expect(waitingBanner(page)).toHaveCount(0, { timeout: 15_000 });
  await check();
  await admin.post('/api/pick/undo', { event_id });
}

const offlineCopy = (page: Page) => page.getByText(/^Offline — list from \d\d:\d\d\b/);

/**
 * A SKU whose first order in line needs two or more: picking one of it leaves every order's
 * lines and turn as they were, for the specs that need whole orders to finish.
 */
async function skuToPickOneOf(admin: StationApi): Promise<string> {
  const { categories } = await admin.get<Picklist>('/api/picklist');
  for (const { sku } of categories.flatMap((c) => c.skus)) {
    const { orders } = await admin.get<SkuOrders>(
      `/api/picklist/${encodeURIComponent(sku)}/orders`,
    );
    if ((orders.find((o) => o.qty_remaining > 0)?.qty_remaining ?? 0) >= 2) return sku;
  }
  throw new Error('No SKU whose first order needs two or more.');
}

async function pickOne(page: Page, sku: string) {
  await page.getByRole('button', { name: sku }).click();
  await sheet(page).getByLabel('Quantity to pick').fill('1');
  await sheet(page).getByRole('button', { name: 'Confirm pick of 1' }).click();
}

async function remaining(admin: StationApi, sku: string): Promise<number> {
  const { categories } = await admin.get<Picklist>('/api/picklist');
  return categories.flatMap((c) => c.skus).find((s) => s.sku === sku)?.qty_remaining ?? 0;
}

test('the station serves the handheld as an installable app', async ({ request }) => {
  const worker = await request.get('/sw.js');
  expect(worker.ok()).toBe(true);
  expect(worker.headers()['content-type']).toMatch(/javascript/);
  // Checked for a new build on every load, and allowed to serve every page of the station.
  expect(worker.headers()['cache-control']).toBe('no-cache');
  expect(worker.headers()['service-worker-allowed']).toBe('/');

  const manifest = await request.get('/manifest.webmanifest');
  expect(manifest.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  const app = await manifest.json();
  expect(app).toMatchObject({ start_url: '/picker', display: 'standalone' });
  expect(app.theme_color).toBe('#13233a');
  for (const size of [192, 512]) {
    const icon = app.icons.find((i: { sizes: string }) => i.sizes === `${size}x${size}`);
    const png = await request.get(icon.src);
    expect(png.headers()['content-type']).toBe('image/png');
    const body = await png.body();
    expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([size, size]);
  }
});

test('reloading the picker without the station shows the shell, the waiting pick and the last list', async ({
  page,
  context,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await apiAs(request, ADMIN);
  const sku = await skuToPickOneOf(admin);
  const before = await remaining(admin, sku);

  await test.step('signed in once, the handheld keeps the app shell', async () => {
    await page.goto('/');
    await signIn(page, PICKER);
    await expect(page).toHaveURL(/\/picker$/);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 15_000,
    });
    // The first list was fetched before the worker took over; this one goes through it.
    await page.reload();
    await expect(page.getByText('Live', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: sku })).toBeVisible();
  });

  await test.step('out of the station’s reach, a pick waits on the handheld', async () => {
    await loseStation(context);
    await expect(page.getByText('Offline', { exact: true })).toBeVisible();
    await pickOne(page, sku);
    await expect(waitingBanner(page)).toContainText('1 pick waiting');
  });

  await test.step('reloaded offline: the shell, the queue and the list from its copy', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Pick list' })).toBeVisible();
    await expect(waitingBanner(page)).toContainText('1 pick waiting');
    await expect(offlineCopy(page)).toBeVisible();
    await expect(page.locator('.sku-card').first()).toBeVisible();
    await screenView(page, testInfo, 'offline-reload');
    // What is waiting folds out of the banner.
    await waitingBanner(page).getByText('1 pick waiting').click();
    await expect(waitingBanner(page).getByRole('listitem')).toHaveText(`pick 1 × ${sku}`);
    await screenView(page, testInfo, 'offline-queue-open');
    await waitingBanner(page).getByText('1 pick waiting').click();
    // The pick really is only on the handheld.
    expect(await remaining(admin, sku)).toBe(before);
  });

  await test.step('the waiting banner stays on screen while the list scrolls', async () => {
    // It takes its own room in the sticky bar: at the top, the list starts below it.
    const banner = (await waitingBanner(page).boundingBox())!;
    const list = (await page.locator('.picker .chips').boundingBox())!;
    expect(list.y).toBeGreaterThanOrEqual(banner.y + banner.height);
    await page.mouse.wheel(0, 1200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    await expect(waitingBanner(page)).toBeInViewport({ ratio: 1 });

    await screenView(page, testInfo, 'offline-scrolled');
  });

  await test.step('back online, the waiting pick reaches the station', async () => {
    await replayThenUndo(page, context, admin, async () => {
      await expect(offlineCopy(page)).toHaveCount(0);
      expect(await remaining(admin, sku)).toBe(before - 1);
    });
  });

  await test.step('of the API, the handheld keeps only the pick list', async () => {
    const kept = await page.evaluate(async () => {
      const paths: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) {
          paths.push(new URL(request.url).pathname);
        }
      }
      return paths;
    });
    expect(kept).toContain('/index.html');
    expect(kept.filter((path) => path.startsWith('/api/'))).toEqual(['/api/picklist']);
  });

  await test.step('logging out forgets the list and the user', async () => {
    await expect.poll(() => page.evaluate((name) => caches.has(name), PICKLIST_CACHE)).toBe(true);
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('button', { name: 'Log out' }).click();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    expect(await page.evaluate((name) => caches.has(name), PICKLIST_CACHE)).toBe(false);
    await loseStation(context);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Cannot reach the station' })).toBeVisible();
  });
});

test('on a plain-http network address the picker says offline reload cannot work, and still queues', async ({
  playwright,
  launchOptions,
  baseURL,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await apiAs(request, ADMIN);
  const sku = await skuToPickOneOf(admin);
  // A name that is not loopback to the browser, as 192.168.x.y is on a handheld, though it
  // reaches this test's station.
  const browser = await playwright.chromium.launch({
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--host-resolver-rules=MAP handheld.test 127.0.0.1'],
  });
  const { viewport, isMobile, hasTouch } = testInfo.project.use;
  const context = await browser.newContext({
    viewport,
    isMobile,
    hasTouch,
    baseURL: baseURL!.replace('127.0.0.1', 'handheld.test'),
  });
  const page = await context.newPage();
  try {
    await page.goto('/');
    await signIn(page, PICKER);
    await expect(page).toHaveURL(/\/picker$/);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(false);
    await expect(
      page.getByText(/plain http address, so the browser cannot keep the picker/),
    ).toBeVisible();

    await loseStation(context);
    await pickOne(page, sku);
    await expect(waitingBanner(page)).toContainText('1 pick waiting');
    await page.getByText(/plain http address/).scrollIntoViewIfNeeded();
    await screenView(page, testInfo, 'insecure-note');
    const before = await remaining(admin, sku);
    await replayThenUndo(page, context, admin, async () => {
      expect(await remaining(admin, sku)).toBe(before - 1);
    });
  } finally {
    await browser.close();
  }
});
