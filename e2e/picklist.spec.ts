import { expect, test, type Page } from '@playwright/test';
import type { Picklist, PicklistStats, SkuOrders } from '../src-renderer/api/types';
import { ADMIN, PICKER } from './support/accounts';
import { gunBurst } from './support/gun';
import { apiAs, ensurePicker, screenView } from './support/picking';
import { signIn } from './support/station';

test.beforeAll(async ({ request }) => ensurePicker(request));

async function openPicklist(page: Page, account: { username: string; password: string }) {
  await page.goto('/picklist');
  await signIn(page, account);
  await expect(page.getByRole('heading', { level: 1, name: 'Pick list' })).toBeVisible();
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
}

const stat = (page: Page, key: keyof PicklistStats) =>
  page.getByTestId(`stat-${key}`).locator('dd');
const skuRow = (page: Page, sku: string) =>
  page.getByRole('row').filter({ has: page.getByRole('button', { name: sku, exact: true }) });
const panel = (page: Page) => page.getByRole('complementary');

test('the admin sees stats, the sync status and the orders behind a SKU, live', async ({
  page,
  request,
}, testInfo) => {
  const admin = await apiAs(request, ADMIN);
  const stats = await admin.get<PicklistStats>('/api/picklist/stats');
  const { categories } = await admin.get<Picklist>('/api/picklist');
  const skus = categories.flatMap((c) => c.skus);
  const busiest = skus.reduce((a, b) => (b.order_count > a.order_count ? b : a));
  const { orders } = await admin.get<SkuOrders>(
    `/api/picklist/${encodeURIComponent(busiest.sku)}/orders`,
  );

  await openPicklist(page, ADMIN);

  await test.step('stats, sync status and the table grouped by category', async () => {
    await expect(stat(page, 'open_orders')).toHaveText(String(stats.open_orders));
    await expect(stat(page, 'units_remaining')).toHaveText(String(stats.units_remaining));
    const sync = page.getByRole('region', { name: 'Storefront sync' });
    await expect(sync.getByText('Demo data')).toBeVisible();
    await expect(sync.getByText(/^Last sync .*orders created/)).toBeVisible();
    for (const { name } of categories) {
      await expect(page.getByRole('columnheader', { name: `${name} ` })).toBeVisible();
    }
    await expect(page.getByRole('row')).toHaveCount(1 + categories.length + skus.length);
    await screenView(page, testInfo, 'table');
  });

  await test.step('a category chip and the search narrow the table', async () => {
    const [first, second] = categories;
    await page
      .getByRole('group', { name: 'Categories' })
      .getByRole('button', { name: second!.name })
      .click();
    await expect(skuRow(page, second!.skus[0]!.sku)).toBeVisible();
    await expect(skuRow(page, first!.skus[0]!.sku)).toHaveCount(0);
    await page
      .getByRole('group', { name: 'Categories' })
      .getByRole('button', { name: 'All' })
      .click();

    const search = page.getByRole('searchbox', { name: 'Search SKU, title, barcode or bin' });
    await search.fill(busiest.title);
    await expect(page.getByRole('row')).toHaveCount(3);
    await search.fill('');
  });

  await test.step('a row opens its orders in FIFO order, and they follow picks live', async () => {
    await skuRow(page, busiest.sku).click();
    await expect(panel(page).getByRole('heading', { name: busiest.title })).toBeVisible();
    const numbers = panel(page).getByRole('listitem').locator('strong.mono');
    await expect(numbers).toHaveText(orders.map((o) => o.number));
    await screenView(page, testInfo, 'side-panel');

    await admin.post('/api/pick', { sku: busiest.sku, qty: 1 });
    await expect(panel(page).getByRole('listitem').first()).toContainText('1 picked');
    await expect(skuRow(page, busiest.sku).getByRole('cell').nth(4)).toHaveText('1');
    await expect(stat(page, 'units_picked_today')).toHaveText('1');

    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
  });

  await test.step('a barcode scanned at the desk opens that SKU', async () => {
    const scanned = skus.find((s) => s.barcode && s.sku !== busiest.sku)!;
    await page.getByRole('heading', { level: 1 }).click();
    await gunBurst(page, scanned.barcode!);
    await expect(panel(page).getByRole('heading', { name: scanned.title })).toBeVisible();
  });
});

test('Sync now imports the storefront again and says what changed', async ({ page }, testInfo) => {
  await openPicklist(page, ADMIN);
  const sync = page.getByRole('region', { name: 'Storefront sync' });
  await expect(sync.getByText(/orders created/)).toBeVisible();
  await sync.getByRole('button', { name: 'Sync now' }).click();
  await expect(sync.getByText('Last sync just now: nothing had changed.')).toBeVisible();
  await expect(sync.getByRole('button', { name: 'Sync now' })).toBeEnabled();
  await screenView(page, testInfo, 'synced');
});

test('a picker may open the desk pick list, without the sync controls', async ({ page }) => {
  await openPicklist(page, PICKER);
  await expect(page.getByRole('table')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Storefront sync' })).toHaveCount(0);
});

test('once everything is picked or short, the list says there is nothing to pick', async ({
  page,
  request,
}, testInfo) => {
  const admin = await apiAs(request, ADMIN);
  await openPicklist(page, ADMIN);
  const { categories } = await admin.get<Picklist>('/api/picklist');
  for (const { sku } of categories.flatMap((c) => c.skus))
    await admin.post('/api/not-in-stock', { sku });
  await expect(page.getByRole('heading', { name: 'Nothing to pick right now' })).toBeVisible();
  await expect(stat(page, 'units_remaining')).toHaveText('0');
  await screenView(page, testInfo, 'empty');
});
