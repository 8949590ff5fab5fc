// Named to run after picker.spec.ts, which starts from the demo station as it starts.
import { expect, test, type Page } from '@playwright/test';
import type { PicklistSku } from '../src-renderer/api/types';
import { ADMIN, PICKER } from './support/accounts';
import { gunBurst } from './support/gun';
import { apiAs, ensurePicker, screenView, type StationApi } from './support/picking';
import { signIn } from './support/station';

test.beforeAll(async ({ request }) => ensurePicker(request));

const sheet = (page: Page) => page.getByRole('dialog');
const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Typed or scanned into the scan box and sent. */
async function scanBox(page: Page, code: string) {
  await page.getByLabel('Scan or type a SKU or barcode').click();
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

async function skus(api: StationApi): Promise<PicklistSku[]> {
  const { categories } = await api.get<{ categories: { skus: PicklistSku[] }[] }>(
    '/api/picklist?include_done=true',
  );
  return categories.flatMap((c) => c.skus);
}

/** A SKU with at least `n` units still to pick (the fewest such, to leave the rest for others). */
async function skuWith(api: StationApi, n: number, skip: string[] = []): Promise<PicklistSku> {
  const found = (await skus(api))
    .filter((s) => s.qty_remaining >= n && s.barcode && s.bin_location && !skip.includes(s.sku))
    .sort((a, b) => a.qty_remaining - b.qty_remaining)[0];
  expect(found, `a SKU with ${n}+ units to pick`).toBeDefined();
  return found!;
}

async function openPicker(page: Page) {
  await page.goto('/');
  await signIn(page, PICKER);
  await expect(page).toHaveURL(/\/picker$/);
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
}

const card = (page: Page, sku: string) =>
  page.locator('.sku-card').filter({ has: page.getByText(sku, { exact: true }) });

test('a short is undone from my last actions; the pick before it stays', async ({
  page,
  request,
}, testInfo) => {
  const admin = await apiAs(request, ADMIN);
  const sku = await skuWith(admin, 3);
  await openPicker(page);

  await test.step('pick 2, then mark 1 not in stock', async () => {
    await card(page, sku.sku).click();
    await sheet(page).getByLabel('Quantity to pick').fill('2');
    await sheet(page).getByRole('button', { name: 'Confirm pick of 2' }).click();
    await expect(page.getByText(`Picked 2 × ${sku.sku}.`)).toBeVisible();
    await card(page, sku.sku).click();
    await sheet(page).getByRole('button', { name: 'Not in stock…' }).click();
    await sheet(page).getByLabel('How many are missing?').fill('1');
    await sheet(page).getByRole('button', { name: 'Mark 1 not in stock' }).click();
    await expect(page.getByText(`Marked 1 × ${sku.sku} not in stock.`)).toBeVisible();
    // The notice's undo is for the short it reports, not for the pick before it.
    await expect(page.getByRole('button', { name: 'Undo not in stock' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Undo last pick' })).toHaveCount(0);
  });

  await test.step('the list survives a reload, newest first; its undo takes back the short', async () => {
    await page.reload();
    await page.getByText('My last actions (2)').click();
    const rows = page.getByRole('list', { name: 'My last actions' }).getByRole('listitem');
    await expect(rows.nth(0)).toContainText(`1 × ${sku.sku} not in stock`);
    await expect(rows.nth(1)).toContainText(`Picked 2 × ${sku.sku}`);
    await screenView(page, testInfo, 'last-actions');
    await page.getByRole('button', { name: `Undo: 1 × ${sku.sku} not in stock` }).click();
    await expect(
      page.getByText(`"Not in stock" undone: 1 × ${sku.sku} are back on the list to pick.`),
    ).toBeVisible();
    await expect(page.getByText('My last actions (1)')).toBeVisible();
    await screenView(page, testInfo, 'short-undone');
    const now = (await skus(admin)).find((s) => s.sku === sku.sku)!;
    expect([now.qty_picked, now.qty_short]).toEqual([sku.qty_picked + 2, sku.qty_short]);
  });
});

test('when another picker takes units, the sheet keeps its number and asks', async ({
  page,
  request,
}, testInfo) => {
  const admin = await apiAs(request, ADMIN);
  const sku = await skuWith(admin, 3);
  const left = sku.qty_remaining;
  await openPicker(page);
  await card(page, sku.sku).click();
  const qty = sheet(page).getByLabel('Quantity to pick');
  await expect(qty).toHaveValue(String(left));

  await admin.post('/api/pick', { sku: sku.sku, qty: 1 });
  await expect(sheet(page).getByRole('alert')).toHaveText(
    `Only ${left - 1} left now — pick ${left - 1}? Put 1 back in ${sku.bin_location}.`,
  );
  await expect(qty).toHaveValue(String(left));
  await expect(sheet(page).getByRole('button', { name: /Confirm pick of/ })).toHaveCount(0);
  await screenView(page, testInfo, 'qty-changed');

  await sheet(page)
    .getByRole('button', { name: `Pick ${left - 1}` })
    .click();
  await expect(
    page.getByText(`Picked ${left - 1} × ${sku.sku}. Put 1 back in ${sku.bin_location}.`),
  ).toBeVisible();
});

test('each scan of the barcode counts one; the stepper stays for cases', async ({
  page,
  request,
}, testInfo) => {
  const admin = await apiAs(request, ADMIN);
  const sku = await skuWith(admin, 4);
  await openPicker(page);
  await scanBox(page, sku.barcode!);
  const qty = sheet(page).getByLabel('Quantity to pick');
  await expect(qty).toHaveValue('1');
  await gunBurst(page, sku.barcode!);
  await expect(qty).toHaveValue('2');
  await gunBurst(page, sku.barcode!);
  await expect(qty).toHaveValue('3');
  await expect(sheet(page).getByText('Counted by scan: 3.')).toBeVisible();
  await screenView(page, testInfo, 'count-by-scan');
  await gunBurst(page, 'SOMETHING-ELSE-1');
  await expect(sheet(page).getByRole('alert')).toHaveText(
    `That was “SOMETHING-ELSE-1”, not ${sku.sku}: confirm or close this one first.`,
  );
  await expect(qty).toHaveValue('3');
  await sheet(page).getByRole('button', { name: 'One more' }).click();
  await sheet(page).getByRole('button', { name: 'One fewer' }).click();
  await sheet(page).getByRole('button', { name: 'Confirm pick of 3' }).click();
  await expect(page.getByText(`Picked 3 × ${sku.sku}.`)).toBeVisible();
});

test('the list walks the bins in order; a bin label, part of a name or a done SKU are found', async ({
  page,
  request,
}, testInfo) => {
  const admin = await apiAs(request, ADMIN);
  await openPicker(page);
  const order = page.getByRole('group', { name: 'Order of the list' });

  await test.step('by bin: one walk, A-2 before A-10, remembered', async () => {
    await order.getByRole('button', { name: 'By bin' }).click();
    await expect(page.getByRole('heading', { name: 'In bin order: one walk' })).toBeVisible();
    const bins = await page.locator('.sku-card .sku-bin-code').allTextContents();
    expect(bins.length).toBeGreaterThan(3);
    expect(bins).toEqual([...bins].sort(natural.compare));
    await screenView(page, testInfo, 'bin-order');
    await page.reload();
    await expect(order.getByRole('button', { name: 'By bin' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  await test.step("a bin label shows that bin's SKUs", async () => {
    const toPick = (await skus(admin)).filter((s) => s.qty_remaining > 0);
    const bin = toPick[0]!.bin_location!;
    const inBin = toPick.filter((s) => s.bin_location === bin);
    await scanBox(page, bin);
    await expect(
      page.getByRole('heading', { name: `Bin ${bin}: ${inBin.length} to pick` }),
    ).toBeVisible();
    await expect(page.locator('.sku-card')).toHaveCount(inBin.length);
    await screenView(page, testInfo, 'bin-scan');
    await page.getByRole('button', { name: 'Show all' }).click();
  });

  await test.step('words of a title, in any order, find the SKU', async () => {
    const sku = await skuWith(admin, 1);
    const words = sku.title.toLowerCase().split(/\s+/).slice(0, 2).reverse().join(' ');
    await scanBox(page, words);
    await expect(
      page.getByRole('heading', { name: new RegExp(`^Found for “${words}”`) }),
    ).toBeVisible();
    await expect(card(page, sku.sku)).toBeVisible();
    await page.getByRole('button', { name: 'Show all' }).click();
  });

  await test.step('a SKU with nothing left says "already picked"', async () => {
    const sku = await skuWith(admin, 1);
    await admin.post('/api/pick', { sku: sku.sku, qty: sku.qty_remaining });
    await expect(card(page, sku.sku)).toHaveCount(0);
    await scanBox(page, sku.sku);
    await expect(page.getByText(`${sku.sku} is already picked`)).toBeVisible();
    await expect(sheet(page)).toHaveCount(0);
  });
});
