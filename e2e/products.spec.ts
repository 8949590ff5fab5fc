import { expect, test } from '@playwright/test';
import type { InventoryItem } from '../src-main/contract/inventory';
import type { Product } from '../src-main/contract/products';
import { ADMIN } from './support/accounts';
import { apiAs } from './support/picking';
import { goTo, screenshot, signIn } from './support/station';

test('the products page edits a product, creates one, and imports a CSV after a dry run', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(90_000);
  // Both sizes share one demo station: each takes its own product and names its own SKUs.
  const phone = testInfo.project.name.endsWith('phone');
  const tag = `${phone ? 'P' : 'D'}${Date.now().toString(36).toUpperCase()}`;
  const admin = await apiAs(request, ADMIN);
  const listed = await admin.get<{ products: Product[] }>('/api/products?page_size=10');
  const edited = listed.products[phone ? 5 : 4]!;
  const taken = listed.products[0]!.sku;

  await page.goto('/');
  await signIn(page, ADMIN);
  await goTo(page, 'Products');

  await test.step('search, open a product and change its bin, price and hazmat flag', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill(edited.sku);
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(edited.sku)}`));
    await page
      .getByTestId(`product-row-${edited.sku}`)
      .getByRole('button', { name: edited.sku })
      .click();
    const form = page.getByRole('form', { name: 'Edit product' });
    await expect(form.getByLabel('Title')).toHaveValue(edited.title);
    await expect(form.getByRole('button', { name: 'Save changes' })).toBeDisabled();
    await form.getByLabel('Bin').fill(`Z-${tag}`);
    await form.getByLabel('Price').fill('12.34');
    await form.getByLabel('Hazmat (hazardous to ship)').check();
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect(form.getByRole('status')).toHaveText('Saved.');
    const row = page.getByTestId(`product-row-${edited.sku}`);
    await expect(row).toContainText(`Z-${tag}`);
    await expect(row).toContainText('12.34');
    await expect(row).toContainText('Hazmat');
    const stored = await admin.get<Product>(`/api/products/${encodeURIComponent(edited.sku)}`);
    expect(stored).toMatchObject({ bin_location: `Z-${tag}`, price: 12.34, is_hazmat: true });
    expect(stored.title).toBe(edited.title);
    await screenshot(page, testInfo, 'products-edit');
  });

  await test.step('the product links to its stock', async () => {
    await page.getByRole('link', { name: 'Stock and history' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible();
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(edited.sku) }),
    ).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Products' })).toBeVisible();
  });

  await test.step('a taken SKU is refused under the SKU box; a new one is created', async () => {
    await page.getByRole('button', { name: 'New product' }).click();
    const form = page.getByRole('form', { name: 'New product' });
    await form.getByLabel('SKU').fill(taken);
    await form.getByLabel('Title').fill('Meadow hay, 5 kg');
    await form.getByLabel('Category', { exact: true }).fill('Hay');
    await form.getByLabel('Reorder point').fill('4');
    await form.getByRole('button', { name: 'Create product' }).click();
    await expect(form.getByText(`A product with the SKU "${taken}" already exists.`)).toBeVisible();
    await expect(form.getByLabel('SKU')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, testInfo, 'products-new-taken');
    await form.getByLabel('SKU').fill(`NEW-${tag}`);
    await form.getByRole('button', { name: 'Create product' }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: new RegExp(`NEW-${tag}`) }),
    ).toBeVisible();
    const created = await admin.get<Product>(`/api/products/NEW-${tag}`);
    expect(created).toMatchObject({ title: 'Meadow hay, 5 kg', category: 'Hay', reorder_point: 4 });
  });

  await test.step('a CSV import: the dry run names the bad line, the import creates the good ones', async () => {
    await page.getByRole('button', { name: 'Import CSV' }).click();
    const csv = [
      'sku,title,price,on_hand',
      `CSV-${tag}-1,Orchard grass 1 kg,8.50,12`,
      `CSV-${tag}-2,Forgot the price`,
      `CSV-${tag}-3,"Bedding, paper 20 l",14.00,3`,
    ].join('\n');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'catalogue.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const preview = page.getByTestId('import-preview');
    await expect(preview).toContainText(
      'The file holds 2 products to create and 0 products to update; 1 line would be skipped.',
    );
    const rejected = page.getByTestId('import-rejected').locator('tbody tr');
    await expect(rejected).toHaveCount(1);
    await expect(rejected.first()).toContainText('3');
    await expect(rejected.first()).toContainText(
      'The row has 2 cells; the header names 4 columns.',
    );
    // The dry run changed nothing.
    const before = await admin.get<{ total: number }>(`/api/products?q=CSV-${tag}`);
    expect(before.total).toBe(0);
    await screenshot(page, testInfo, 'products-import-preview');

    await page.getByRole('button', { name: 'Import 2 products' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
      'Imported: 2 products created, 0 products updated. 1 line skipped.',
    );
    const after = await admin.get<{ products: Product[] }>(`/api/products?q=CSV-${tag}`);
    expect(after.products.map((p) => p.sku)).toEqual([`CSV-${tag}-1`, `CSV-${tag}-3`]);
    expect(after.products[1]).toMatchObject({ title: 'Bedding, paper 20 l', price: 14 });
    const stock = await admin.get<{ items: InventoryItem[] }>(`/api/inventory?q=CSV-${tag}-1`);
    expect(stock.items[0]!.on_hand).toBe(12);

    await page.getByRole('searchbox', { name: 'Search' }).fill(`CSV-${tag}`);
    await expect(page.getByTestId('products-count')).toHaveText('1–2 of 2 products');
    await screenshot(page, testInfo, 'products-import-done');
  });
});
