// Named to run after picker.spec.ts, which starts from the demo station as it starts; bins moved
// here are moved back, and the SKUs it finds are chosen from what the station has now.
import { expect, test, type Page } from '@playwright/test';
import type { PicklistSku } from '../src-renderer/api/types';
import { ADMIN, PICKER } from './support/accounts';
import { gunBurst } from './support/gun';
import { apiAs, ensurePicker, screenView, type StationApi } from './support/picking';
import { screenshot, signIn } from './support/station';

test.beforeAll(async ({ request }) => ensurePicker(request));

async function skuToUse(api: StationApi, skip: string[] = []): Promise<PicklistSku> {
  const { categories } = await api.get<{ categories: { skus: PicklistSku[] }[] }>('/api/picklist');
  const found = categories
    .flatMap((c) => c.skus)
    .find((s) => s.qty_remaining >= 2 && s.barcode && s.bin_location && !skip.includes(s.sku));
  expect(found, 'a SKU on the pick list with a barcode and a bin').toBeDefined();
  return found!;
}

async function openPicker(page: Page) {
  await page.goto('/');
  await signIn(page, PICKER);
  await expect(page).toHaveURL(/\/picker$/);
}

const countCard = (page: Page, sku: string) =>
  page
    .getByRole('region', { name: 'To count' })
    .locator('.sku-card')
    .filter({ has: page.getByText(sku, { exact: true }) });

/** The gun reads a label while the scan box has the focus. */
async function scan(page: Page, box: string, code: string) {
  await page.getByLabel(box).focus();
  await gunBurst(page, code);
}

test('move a SKU to another bin by scanning; the pick list sends pickers there', async ({
  page,
  request,
}, testInfo) => {
  const admin = await apiAs(request, ADMIN);
  const sku = await skuToUse(admin);
  const newBin = 'E2E-MOVE-1';
  await openPicker(page);

  await test.step('the picker home links to moving stock', async () => {
    const links = page.locator('.stock-links');
    await links.scrollIntoViewIfNeeded();
    await screenView(page, testInfo, 'move-0-picker-home');
    await links.getByRole('link', { name: 'Move stock' }).click();
    await expect(page).toHaveURL(/\/picker\/move$/);
    await expect(page.getByRole('heading', { name: '1. Where is it now?' })).toBeVisible();
    await screenView(page, testInfo, 'move-1-source');
  });

  await test.step('scan the product, say how many, scan the new bin', async () => {
    await scan(page, 'Scan the bin or product to move', sku.barcode!);
    await expect(page.getByRole('heading', { name: '2. Where does it go?' })).toBeVisible();
    await expect(page.getByText(sku.title)).toBeVisible();
    await page.getByLabel('How many are you moving?').fill('2');
    await screenView(page, testInfo, 'move-2-destination');
    await scan(page, 'Scan the bin it goes to', newBin);
    await expect(
      page.getByText(`Moved 2 units of ${sku.sku} from ${sku.bin_location} to ${newBin}.`),
    ).toBeVisible();
    await screenshot(page, testInfo, 'move-3-done');
  });

  await test.step('the ledger has the MOVE and the pick list shows the new bin', async () => {
    const history = await admin.get<{ movements: { type: string; to_bin: string }[] }>(
      `/api/inventory/${encodeURIComponent(sku.sku)}/history`,
    );
    expect(history.movements[0]).toMatchObject({ type: 'MOVE', to_bin: newBin });
    await page.locator('.stock-back').click();
    await expect(page).toHaveURL(/\/picker$/);
    const card = page
      .locator('.sku-card')
      .filter({ has: page.getByText(sku.sku, { exact: true }) });
    await expect(card.locator('.sku-bin-code')).toHaveText(newBin);
  });

  await admin.post(`/api/inventory/${encodeURIComponent(sku.sku)}/move`, {
    to_bin: sku.bin_location,
  });
});

test('count a flagged SKU first, with the scanner alone', async ({ page, request }, testInfo) => {
  const admin = await apiAs(request, ADMIN);
  const picker = await apiAs(request, PICKER);
  const sku = await skuToUse(admin);
  // A shortage on a SKU the ledger says is on the shelf flags it for a count.
  await admin.post(`/api/inventory/${encodeURIComponent(sku.sku)}/adjust`, {
    type: 'FOUND',
    quantity_change: 5,
  });
  const short = await picker.post<{ needs_count: boolean }>('/api/not-in-stock', {
    sku: sku.sku,
    qty: 1,
  });
  expect(short.needs_count).toBe(true);
  await openPicker(page);
  await page.goto('/picker/count');

  await test.step('the flagged SKU heads the list', async () => {
    // Other specs may have flagged SKUs too: the flagged ones come first, this one among them.
    const cards = page.getByRole('region', { name: 'To count' }).locator('.sku-card');
    await expect(cards.first()).toContainText('Count first');
    await expect(countCard(page, sku.sku)).toContainText('Count first');
    await screenView(page, testInfo, 'count-1-list');
  });

  await test.step('scan the product three times and save', async () => {
    await scan(page, 'Scan a bin or product to count', sku.barcode!);
    const box = `Scan ${sku.sku} to count one more`;
    await expect(page.getByLabel('How many are on the shelf?')).toHaveValue('1');
    await scan(page, box, sku.barcode!);
    await scan(page, box, sku.barcode!);
    await expect(page.getByLabel('How many are on the shelf?')).toHaveValue('3');
    await screenView(page, testInfo, 'count-2-counting');
    await page.getByRole('button', { name: 'Save count of 3' }).click();
    await expect(page.getByText(`Counted 3 of ${sku.sku}`)).toBeVisible();
    await screenshot(page, testInfo, 'count-3-saved');
  });

  await test.step('the ledger says so and the flag is gone', async () => {
    const history = await admin.get<{
      stock: { on_hand: number; needs_count: boolean };
      movements: { type: string; username: string }[];
    }>(`/api/inventory/${encodeURIComponent(sku.sku)}/history`);
    expect(history.stock).toMatchObject({ on_hand: 3, needs_count: false });
    expect(history.movements[0]!.username).toBe(PICKER.username);
    await expect(countCard(page, sku.sku).filter({ hasText: 'Count first' })).toHaveCount(0);
  });
});
