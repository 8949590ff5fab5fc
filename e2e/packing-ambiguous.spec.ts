import { expect, test } from '@playwright/test';
import { storefrontServer } from '../src-main/testing/storefront-server';
import { ADMIN } from './support/accounts';
import { ensurePacker, gunScan, PACKER, packingScreen } from './support/packing';
import { apiAs } from './support/picking';
import { signIn } from './support/station';

test.beforeAll(async ({ request }) => ensurePacker(request));

const NUMBER = `DUP-${Date.now() % 1_000_000}`;

/** Two storefront orders carrying one number, as a storefront may send. */
function duplicateNumberFeed() {
  const order = (id: string, name: string, created: string) => ({
    order_id: id,
    order_number: NUMBER,
    customer_name: name,
    status: 'processing',
    created_at: created,
    quantity: 1,
  });
  return {
    next_page: null,
    categories: [
      {
        name: 'Hay',
        subcategories: [
          {
            name: 'Meadow Hay',
            items: [
              {
                sku: 'E2E-MEADOW-1LB',
                title: 'Meadow Hay 1 lb',
                orders: [
                  order(`${NUMBER}-a`, 'Ana Ruiz', '2026-11-19T09:12:44Z'),
                  order(`${NUMBER}-b`, 'Ben Okafor', '2026-11-20T15:30:00Z'),
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

test('a slip number two orders share lists both at the desk, and the packer opens the right one', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const admin = await apiAs(request, ADMIN);
  const shop = await storefrontServer([duplicateNumberFeed()]);
  try {
    await admin.put('/api/admin/settings', { api_base_url: shop.url, api_key: 'sk_test_e2e' });
    await admin.post('/api/admin/sync', {});
    await expect
      .poll(async () => (await admin.get<{ running: boolean }>('/api/admin/sync-status')).running, {
        timeout: 30_000,
      })
      .toBe(false);
    const { last_run } = await admin.get<{
      last_run: { status: string; warnings: { order_number: string }[] };
    }>('/api/admin/sync-status');
    expect(last_run.status).toBe('ok');
    expect(last_run.warnings.map((w) => w.order_number)).toEqual([NUMBER]);
  } finally {
    // Back to the demo feed for the other packing tests on this station.
    await admin.put('/api/admin/settings', { api_base_url: '' });
    await shop.close();
  }

  await page.goto('/');
  await signIn(page, PACKER);
  await expect(page).toHaveURL(/\/packing$/);
  await expect(page.getByRole('navigation', { name: 'Packing queue' })).toBeVisible();

  const choice = page.getByRole('alert', { name: `Orders numbered ${NUMBER}` });
  await test.step('scanning the shared number lists both orders instead of opening one', async () => {
    await gunScan(page, NUMBER);
    await expect(choice).toBeVisible();
    await expect(choice).toContainText(`2 orders have the number ${NUMBER}.`);
    await expect(choice.getByRole('button', { name: 'Open Ana Ruiz' })).toBeVisible();
    await expect(choice.getByRole('button', { name: 'Open Ben Okafor' })).toBeVisible();
    await expect(page.getByRole('region', { name: `Order ${NUMBER}` })).toHaveCount(0);
    await packingScreen(page, 'ambiguous-number');
  });

  await test.step('the packer opens the order on the slip in hand', async () => {
    await choice.getByRole('button', { name: 'Open Ben Okafor' }).click();
    const opened = page.getByRole('region', { name: `Order ${NUMBER}` });
    await expect(opened).toBeVisible();
    await expect(opened).toContainText('Ben Okafor');
    await expect(choice).toHaveCount(0);
    await packingScreen(page, 'ambiguous-number-opened');
  });

  await test.step('Esc dismisses the list', async () => {
    await page.keyboard.press('Escape');
    await gunScan(page, NUMBER);
    await expect(choice).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(choice).toHaveCount(0);
  });
});
