import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { ensurePacker, gunScan, makeReady, PACKER, packingScreen } from './support/packing';
import { apiAs, orderToFinish } from './support/picking';
import { signIn } from './support/station';

test.beforeAll(async ({ request }) => ensurePacker(request));

const queue = (page: Page) => page.getByRole('navigation', { name: 'Packing queue' });
const openOrder = (page: Page, number: string) =>
  page.getByRole('region', { name: `Order ${number}` });

/** A person at the keyboard: far slower than a gun, faster than the shortcut pause. */
const typeByHand = (page: Page, text: string) => page.keyboard.type(text, { delay: 150 });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await signIn(page, PACKER);
  await expect(page).toHaveURL(/\/packing$/);
});

test('an order still being picked says so, line by line, and nothing is short', async ({
  page,
  request,
}) => {
  const admin = await apiAs(request, ADMIN);
  const order = await orderToFinish(admin, 2);
  const total = order.lines.reduce((n, l) => n + l.qty, 0);

  await gunScan(page, order.number);
  const panel = openOrder(page, order.number);
  await expect(panel.getByText('Being picked', { exact: true })).toBeVisible();
  await expect(page.getByTestId('pack-progress')).toHaveText(`Being picked: 0 of ${total}`);
  for (const line of order.lines) {
    await expect(page.getByTestId(`line-${line.sku}`)).toHaveAttribute('data-state', 'picking');
  }
  await expect(panel.getByText(/short/i)).toHaveCount(0);
  await packingScreen(page, 'being-picked-none');

  const first = order.lines[0]!;
  await admin.post('/api/pick', { sku: first.sku, qty: first.qty });
  await page.keyboard.press('Escape');
  await gunScan(page, order.number);
  await expect(page.getByTestId('pack-progress')).toHaveText(
    `Being picked: ${first.qty} of ${total}`,
  );
  await expect(page.getByTestId(`line-${order.lines[1]!.sku}`)).toHaveAttribute(
    'data-state',
    'picking',
  );
  await expect(panel.getByText(/short|packed/i)).toHaveCount(0);
  await packingScreen(page, 'being-picked-some');
});

test('codes typed by hand fire no shortcut; the manual entry and a per-line count verify by hand', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const admin = await apiAs(request, ADMIN);
  const order = await makeReady(admin, 2);
  const [first, second] = order.lines as [(typeof order.lines)[0], (typeof order.lines)[0]];
  let popups = 0;
  page.on('popup', () => popups++);

  await queue(page)
    .getByRole('button', { name: new RegExp(order.number) })
    .click();
  await expect(openOrder(page, order.number)).toBeVisible();

  await test.step('a code typed at the page fires neither P (print) nor S (ship); Enter checks it', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await typeByHand(page, 'TRT-BIS-PAR');
    await page.waitForTimeout(600);
    expect(popups).toBe(0);
    await expect(
      page.getByText(/Slip sent|PDF slip of order|Mark the order packed first/),
    ).toHaveCount(0);
    await page.keyboard.press('Enter');
    const wrong = page.getByRole('alert').filter({ hasText: 'WRONG ITEM' });
    await expect(wrong).toContainText('TRT-BIS-PAR');
    await page.keyboard.press('Escape');
    await expect(wrong).toHaveCount(0);
  });

  await test.step('/ opens the manual entry; what is typed there is a code, Enter submits it', async () => {
    await page.keyboard.press('/');
    const entry = page.getByRole('form', { name: 'Type a code' });
    const field = entry.getByRole('textbox', { name: 'Type a code' });
    await expect(field).toBeFocused();
    await typeByHand(page, 'TRT-BIS-PAR');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: 'WRONG ITEM' })).toContainText(
      'TRT-BIS-PAR',
    );
    await typeByHand(page, first.sku.toLowerCase());
    await packingScreen(page, 'manual-entry');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId(`line-${first.sku}`)).toContainText(`1 / ${first.qty}`);
    await expect(
      page.getByText(`${first.sku}: 1 of ${first.qty} scanned (checked by hand).`),
    ).toBeVisible();
    expect(popups).toBe(0);
    await page.keyboard.press('Escape');
    await expect(entry).toHaveCount(0);
    await expect(openOrder(page, order.number)).toBeVisible();
  });

  await test.step('a line is counted by hand with a quantity', async () => {
    const line = page.getByTestId(`line-${second.sku}`);
    await line.getByRole('button', { name: /count/i }).click();
    const qty = line.getByRole('spinbutton', { name: new RegExp(`Units of ${second.sku}`) });
    await expect(qty).toHaveValue(String(second.qty));
    await packingScreen(page, 'line-count');
    await line.getByRole('button', { name: /^Add/ }).click();
    await expect(line).toHaveAttribute('data-state', 'complete');
    if (first.qty > 1) {
      const rest = page.getByTestId(`line-${first.sku}`);
      await rest.getByRole('button', { name: /count/i }).click();
      await rest.getByRole('button', { name: /^Add/ }).click();
    }
    await expect(page.getByTestId(`line-${first.sku}`)).toHaveAttribute('data-state', 'complete');
  });

  const detail = await admin.get<{ events: { type: string; by: string; detail: unknown }[] }>(
    `/api/orders/${order.id}`,
  );
  const byHand = detail.events.filter((e) => e.type === 'verified_by_hand');
  expect(byHand.map((e) => e.by)).toEqual(byHand.map(() => PACKER.username));
  expect(byHand).toContainEqual(
    expect.objectContaining({ detail: { sku: second.sku, code: second.sku, qty: second.qty } }),
  );
});

test('a shipped order shows its shipment, which can be corrected and voided', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const admin = await apiAs(request, ADMIN);
  const order = await makeReady(admin, 1);
  const panel = openOrder(page, order.number);

  await test.step('packed, then a UPS number under USPS is warned about before it ships', async () => {
    // Scanning at the desk is covered elsewhere; here the order is packed through the API.
    for (const line of order.lines) {
      await admin.post(`/api/orders/${order.id}/verify-scan`, { code: line.sku, qty: line.qty });
    }
    await admin.post(`/api/orders/${order.id}/mark-packed`, {});
    await queue(page)
      .getByRole('button', { name: new RegExp(order.number) })
      .click();
    await expect(panel.getByRole('form', { name: 'Ship' })).toBeVisible();
    await page.getByLabel('Carrier').selectOption('USPS');
    const tracking = page.getByLabel('Tracking number');
    await tracking.fill('1Z999AA10123456784');
    await expect(panel.getByText('This looks like a UPS tracking number, not USPS.')).toBeVisible();
    await tracking.press('Enter');
    await expect(
      page.getByText(/looks like a UPS tracking number, not USPS\. Choose UPS/),
    ).toBeVisible();
    await packingScreen(page, 'carrier-warning');
    await tracking.press('Enter');
    await expect(page.getByText(`Shipped order ${order.number} with USPS`)).toBeVisible();
  });

  await test.step('the shipped order shows its shipment; Edit corrects the carrier', async () => {
    await page
      .getByRole('region', { name: 'Packed or shipped' })
      .getByRole('button', { name: order.number })
      .click();
    await expect(page.getByTestId('pack-progress')).toContainText('and shipped');
    const card = panel.getByRole('article', { name: /^Shipment USPS 1Z999AA10123456784/ });
    await expect(card).toBeVisible();
    await expect(card.getByText('This looks like a UPS tracking number, not USPS.')).toBeVisible();
    await card.getByRole('button', { name: 'Edit' }).click();
    await card.getByLabel('Carrier').selectOption('UPS');
    await card.getByLabel('Weight (oz)').fill('14');
    await packingScreen(page, 'shipment-edit');
    await card.getByRole('button', { name: /Save shipment/ }).click();
    await expect(
      page.getByText(`Saved the shipment of order ${order.number}: UPS 1Z999AA10123456784.`),
    ).toBeVisible();
    await expect(panel.getByRole('article', { name: /^Shipment UPS/ })).toContainText('14 oz');
  });

  await test.step('Void puts the order back to packed, ready to ship again', async () => {
    const card = panel.getByRole('article', { name: /^Shipment UPS/ });
    await card.getByRole('button', { name: 'Void' }).click();
    await packingScreen(page, 'shipment-void-confirm');
    await card.getByRole('button', { name: 'Void shipment' }).click();
    await expect(page.getByText(/^Voided the UPS shipment of order/)).toBeVisible();
    await expect(panel.getByText('Packed', { exact: true })).toBeVisible();
    await expect(card.getByText('Voided')).toBeVisible();
    await expect(panel.getByRole('form', { name: 'Ship' })).toBeVisible();
    await packingScreen(page, 'shipment-voided');
    const detail = await admin.get<{ status: string; shipments: { voided_at: string | null }[] }>(
      `/api/orders/${order.id}`,
    );
    expect(detail.status).toBe('packed');
    expect(detail.shipments[0]?.voided_at).toEqual(expect.any(String));
  });

  await test.step('and it ships again as a new shipment', async () => {
    await page.getByLabel('Carrier').selectOption('UPS');
    const tracking = page.getByLabel('Tracking number');
    await tracking.fill('1Z999AA10123456791');
    await tracking.press('Enter');
    await expect(page.getByText(`Shipped order ${order.number} with UPS`)).toBeVisible();
    const detail = await admin.get<{ status: string; shipments: unknown[] }>(
      `/api/orders/${order.id}`,
    );
    expect(detail).toMatchObject({ status: 'shipped' });
    expect(detail.shipments).toHaveLength(2);
  });
});
