import { expect, test } from '@playwright/test';
import type { InventoryItem } from '../src-main/contract/inventory';
import { ADMIN } from './support/accounts';
import { apiAs } from './support/picking';
import { goTo, screenshot, signIn } from './support/station';

test('an FBA plan is written, submitted and shipped, taking its units off the warehouse stock', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(90_000);
  const admin = await apiAs(request, ADMIN);
  const onHand = async (sku: string) =>
    (
      await admin.get<{ items: InventoryItem[] }>(`/api/inventory?q=${encodeURIComponent(sku)}`)
    ).items.find((i) => i.sku === sku)!.on_hand;
  const stocked = (
    await admin.get<{ items: InventoryItem[] }>('/api/inventory?sort=-on_hand&page_size=5')
  ).items;
  // The phone run takes another SKU than the desktop run on the same station.
  const item = stocked[testInfo.project.name.endsWith('phone') ? 1 : 0]!;
  page.on('dialog', (dialog) => void dialog.accept());

  await page.goto('/');
  await signIn(page, ADMIN);
  await goTo(page, 'FBA shipments');

  const plan = async (name: string, quantity: number) => {
    await page.getByRole('button', { name: 'New plan' }).click();
    const form = page.getByRole('form', { name: 'New FBA plan' });
    await form.getByLabel('Name').fill(name);
    await form.getByLabel('SKU of line 1', { exact: true }).fill(item.sku);
    await form.getByLabel('Quantity of line 1', { exact: true }).fill(String(quantity));
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByTestId('fba-status')).toHaveText('Draft');
    await page.getByRole('button', { name: 'Mark submitted to Amazon' }).click();
    await expect(page.getByTestId('fba-status')).toHaveText('Submitted');
  };

  await test.step('more than is on the shelf cannot ship', async () => {
    await plan(`Too many ${testInfo.project.name}`, item.on_hand + 1);
    await page.getByRole('button', { name: 'Shipped to Amazon' }).click();
    await expect(page.getByRole('alert')).toContainText(item.sku);
    await expect(page.getByTestId('fba-status')).toHaveText('Submitted');
    expect(await onHand(item.sku)).toBe(item.on_hand);
    await page.getByRole('button', { name: 'Cancel plan' }).click();
    await expect(page.getByTestId('fba-status')).toHaveText('Cancelled');
  });

  await test.step('shipping takes the units off the warehouse', async () => {
    await plan(`Spring restock ${testInfo.project.name}`, 2);
    await page.getByRole('button', { name: 'Shipped to Amazon' }).click();
    await expect(page.getByTestId('fba-status')).toHaveText('On its way to Amazon');
    expect(await onHand(item.sku)).toBe(item.on_hand - 2);
    await screenshot(page, testInfo, 'fba-plan');
  });

  await test.step('box labels download as a PDF', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Box labels (PDF)' }).click();
    expect((await download).suggestedFilename()).toMatch(/labels\.pdf$/);
  });
});
