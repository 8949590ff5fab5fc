import { expect, test } from '@playwright/test';
import type { InventoryItem } from '../src-main/contract/inventory';
import { ADMIN } from './support/accounts';
import { apiAs } from './support/picking';
import { goTo, screenshot, signIn } from './support/station';

test('purchasing adds a supplier, writes an order from low stock, sends it and books a delivery into stock', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await apiAs(request, ADMIN);
  const supplierName = `Meadow Farms ${testInfo.project.name}`;

  await page.goto('/');
  await signIn(page, ADMIN);
  await goTo(page, 'Purchasing');

  await test.step('add a supplier with a lead time', async () => {
    await page.getByRole('button', { name: 'Add a supplier' }).click();
    const form = page.getByRole('form', { name: 'New supplier' });
    await form.getByLabel('Name').fill(supplierName);
    await form.getByLabel('Email').fill('orders@meadow.example');
    await form.getByLabel('Lead time (days)').fill('10');
    await form.getByRole('button', { name: 'Add supplier' }).click();
    await expect(page.getByTestId('suppliers')).toContainText(supplierName);
    await expect(page.getByTestId('suppliers')).toContainText('10 days');
  });

  let sku = '';
  let ordered = 0;
  let before = 0;
  const incoming = async () =>
    (
      await admin.get<{ items: InventoryItem[] }>(`/api/inventory?q=${encodeURIComponent(sku)}`)
    ).items.find((i) => i.sku === sku)!.incoming;
  await test.step('a new order takes its lines from what is low', async () => {
    await page.getByRole('button', { name: 'New purchase order' }).click();
    const form = page.getByRole('form', { name: 'New purchase order' });
    await form.getByLabel('Supplier').selectOption({ label: supplierName });
    await form.getByRole('button', { name: 'Suggest lines from low stock' }).click();
    await expect(form.getByRole('status')).toContainText('lead time of 10 days');
    sku = await form.getByLabel('SKU of line 1', { exact: true }).inputValue();
    ordered = Number(await form.getByLabel('Quantity of line 1', { exact: true }).inputValue());
    expect(sku).not.toBe('');
    expect(ordered).toBeGreaterThan(0);
    before = await incoming();
    await form.getByLabel('Unit cost of line 1', { exact: true }).fill('3.25');
    await screenshot(page, testInfo, 'purchasing-new');
    await form.getByRole('button', { name: 'Save as draft' }).click();
    await expect(page.getByTestId('po-status')).toHaveText('Draft');
    await expect(page.getByTestId(`po-line-${sku}`)).toContainText('3.25');
    // Open orders count as incoming from their draft on (API.md): a draft is a promise too.
    expect(await incoming()).toBe(before + ordered);
  });

  await test.step('sent, it is still incoming', async () => {
    await page.getByRole('button', { name: 'Mark sent' }).click();
    await expect(page.getByTestId('po-status')).toHaveText('Sent');
    expect(await incoming()).toBe(before + ordered);
  });

  await test.step('a partial delivery books stock; more than ordered needs a yes', async () => {
    const receive = page.getByRole('form', { name: 'Receive' });
    await receive.getByLabel(`Arrived now of ${sku}`, { exact: true }).fill('1');
    await receive.getByRole('button', { name: /^Book/ }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Booked' })).toContainText('Booked');
    await expect(page.getByTestId(`po-line-${sku}`)).toContainText(`${ordered}1`);
    expect(await incoming()).toBe(before + ordered - 1);

    await receive.getByLabel(`Arrived now of ${sku}`, { exact: true }).fill(String(ordered + 5));
    await receive.getByRole('button', { name: /^Book/ }).click();
    await expect(page.getByRole('alert')).toBeVisible();
    await receive.getByLabel('The supplier sent more than was ordered: book it all').check();
    await receive.getByRole('button', { name: /^Book/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Booked' })).toBeVisible();
    await expect(page.getByTestId(`po-line-${sku}`)).toContainText(String(ordered + 6));
    await screenshot(page, testInfo, 'purchasing-order');
  });

  await test.step('the order downloads as a PDF for the supplier', async () => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    expect((await download).suggestedFilename()).toMatch(/^PO-\d{6}\.pdf$/);
  });
});
