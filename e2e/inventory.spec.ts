import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import type { InventoryItem } from '../src-main/contract/inventory';
import { ADMIN } from './support/accounts';
import { ensurePacker, PACKER } from './support/packing';
import { apiAs } from './support/picking';
import { goTo, screenshot, signIn, signOut } from './support/station';

test('the inventory page counts a SKU, adjusts it with a reason, refuses going below zero, and exports the ledger', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(90_000);
  const admin = await apiAs(request, ADMIN);
  const list = await admin.get<{ items: InventoryItem[] }>('/api/inventory?page_size=5');
  // The phone run takes another SKU than the desktop run on the same station.
  const item = list.items[testInfo.project.name.endsWith('phone') ? 1 : 0]!;
  const sku = item.sku;

  await page.goto('/');
  await signIn(page, ADMIN);
  await goTo(page, 'Inventory');

  await test.step('search and open the SKU', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill(sku);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(sku)}`));
    await page.getByTestId(`stock-row-${sku}`).getByRole('button', { name: sku }).click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(sku) })).toBeVisible();
    await expect(page.getByTestId('stock-figures')).toContainText(`Committed${item.committed}`);
  });

  await test.step('a count records the difference, and the figures follow', async () => {
    await page.getByLabel('Units on the shelf').fill('7');
    await page.getByRole('button', { name: 'Record count' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Counted 7' })).toBeVisible();
    await expect(page.getByTestId('stock-figures')).toContainText('On hand7');
    await expect(page.getByTestId('stock-figures')).toContainText(`Available${7 - item.committed}`);
    await expect(page.getByTestId(`stock-row-${sku}`)).toContainText('7');
  });

  await test.step('an adjustment takes units off with its reason and note', async () => {
    await page.getByLabel('Reason').selectOption('DAMAGE');
    await page.getByLabel('Units to remove').fill('2');
    await page.getByLabel('Note').fill('Crushed in the bin');
    await page.getByRole('button', { name: 'Record adjustment' }).click();
    await expect(page.getByRole('status').filter({ hasText: '7 → 5 on hand' })).toBeVisible();
    const newest = page.getByTestId('stock-history').locator('tbody tr').first();
    await expect(newest).toContainText('Adjusted: damaged');
    await expect(newest).toContainText('−2');
    await expect(newest).toContainText('Crushed in the bin');
    await expect(page.getByTestId('stock-figures')).toContainText('Damaged2');
    await screenshot(page, testInfo, 'inventory-sku');
  });

  await test.step('taking off more than is on hand is refused in words', async () => {
    await page.getByLabel('Reason').selectOption('LOSS');
    await page.getByLabel('Units to remove').fill('9');
    await page.getByRole('button', { name: 'Record adjustment' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      `Only 5 of ${sku} are on hand, so 9 cannot be taken off. Count the SKU first.`,
    );
    await expect(page.getByTestId('stock-figures')).toContainText('On hand5');
  });

  await test.step('the ledger downloads as CSV', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export ledger (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('stock-ledger.csv');
    const csv = await readFile((await file.path())!, 'utf8');
    expect(csv.split('\n')[0]).toMatch(/^id,created_at,sku,type,reason,quantity_change/);
    expect(csv).toContain('Crushed in the bin');
  });

  await test.step('low stock lists what is at or below its reorder point', async () => {
    await page.getByLabel('Show').selectOption('low');
    await expect(page).toHaveURL(/show=low/);
    // The search stays on: the low list is of this SKU's matches.
    const low = await admin.get<{ total: number }>(
      `/api/inventory/low-stock?q=${encodeURIComponent(sku)}`,
    );
    await expect(page.getByTestId(low.total ? 'inventory-count' : 'inventory-empty')).toBeVisible();
    await screenshot(page, testInfo, 'inventory-low');
  });

  await test.step('a packer reads stock but cannot change it', async () => {
    await ensurePacker(request);
    await signOut(page);
    await signIn(page, PACKER);
    await page.goto(`/inventory?sku=${encodeURIComponent(sku)}`);
    await expect(page.getByTestId('stock-figures')).toContainText('On hand5');
    await expect(page.getByRole('button', { name: 'Record count' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Record adjustment' })).toHaveCount(0);
  });
});
