import { expect, test } from '@playwright/test';
import { tcpPrinter } from '../src-main/testing/tcp-printer';
import { ADMIN } from './support/accounts';
import { apiAs } from './support/picking';
import { ensureAdmin, goTo, screenshot, signIn } from './support/station';

test.beforeAll(async ({ request }) => ensureAdmin(request));

test('bin labels go to the receipt printer, one cut each; an unknown SKU prints nothing', async ({
  page,
  request,
}, testInfo) => {
  const printer = await tcpPrinter();
  try {
    const admin = await apiAs(request, ADMIN);
    await admin.put('/api/admin/settings', { printer: { interface: printer.uri } });

    await page.goto('/');
    await signIn(page, ADMIN);
    await goTo(page, 'Labels');

    await page.getByLabel('SKUs').fill('NO-SUCH-SKU');
    await page.getByRole('button', { name: 'Print labels' }).click();
    await expect(page.getByText('No product has the SKU NO-SUCH-SKU.')).toBeVisible();
    expect(printer.jobs).toHaveLength(0);
    await screenshot(page, testInfo, 'labels-unknown-sku');

    await page.getByLabel('SKUs').fill('');
    await page.getByLabel('Bins').fill('A-1\nA-2');
    await page.getByLabel('Copies of each').fill('2');
    const arrived = printer.nextJob();
    await page.getByRole('button', { name: 'Print labels' }).click();
    const bytes = await arrived;
    const cuts = bytes.toString('latin1').split('\x1dV').length - 1;
    expect(cuts).toBe(4);
    await expect(
      page.getByText(`Sent 4 labels to ${printer.uri} (${bytes.length} bytes).`),
    ).toBeVisible();
    await screenshot(page, testInfo, 'labels-printed');
  } finally {
    await printer.close();
  }
});
