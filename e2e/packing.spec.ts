import { expect, test, type Page } from '@playwright/test';
import { tcpPrinter } from '../src-main/testing/tcp-printer';
import { ADMIN } from './support/accounts';
import { ensurePacker, gunScan, makeReady, PACKER, packingScreen } from './support/packing';
import { apiAs } from './support/picking';
import { signIn } from './support/station';

test.beforeAll(async ({ request }) => ensurePacker(request));

const queue = (page: Page) => page.getByRole('navigation', { name: 'Packing queue' });
const openOrder = (page: Page, number: string) =>
  page.getByRole('region', { name: `Order ${number}` });

test('a packer scans the slip, verifies every item, prints, packs and ships by keyboard', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const admin = await apiAs(request, ADMIN);

  await test.step('the packer lands on the packing desk', async () => {
    await page.goto('/');
    await signIn(page, PACKER);
    await expect(page).toHaveURL(/\/packing$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Packing' })).toBeVisible();
    await expect(queue(page).getByRole('heading', { name: /To pack/ })).toBeVisible();
    await packingScreen(page, 'empty');
  });

  // Made ready while the screen is open: the queue must fill by itself (live updates).
  const order = await makeReady(admin, 2);
  const second = await makeReady(admin, 1);
  let nextNumber = second.number;

  await test.step('orders made ready appear in the queue without reloading', async () => {
    await expect(queue(page).getByRole('button', { name: new RegExp(order.number) })).toBeVisible({
      timeout: 10_000,
    });
    await expect(
      queue(page).getByRole('button', { name: new RegExp(second.number) }),
    ).toBeVisible();
    await packingScreen(page, 'queue');
  });

  await test.step('the slips of the whole queue open as one PDF', async () => {
    const button = queue(page).getByRole('button', { name: /^All \d+ slips \(PDF\)$/ });
    const count = Number((await button.textContent())?.match(/\d+/)?.[0]);
    expect(count).toBeGreaterThanOrEqual(2);
    const [tab] = await Promise.all([page.waitForEvent('popup'), button.click()]);
    await expect.poll(() => tab.url()).toMatch(/^blob:/);
    await expect(
      page.getByText(`Opened ${count} letter packing slips in a new tab.`),
    ).toBeVisible();
    // The PDF behind it, fetched the way the page does: one page or more per order.
    const pdf = await tab.evaluate(async () => {
      const bytes = new Uint8Array(await (await fetch(location.href)).arrayBuffer());
      return { head: String.fromCharCode(...bytes.slice(0, 5)), size: bytes.length };
    });
    expect(pdf.head).toBe('%PDF-');
    expect(pdf.size).toBeGreaterThan(count * 1000);
    await tab.close();
  });

  await test.step('scanning the slip opens the order', async () => {
    await gunScan(page, order.number);
    const panel = openOrder(page, order.number);
    await expect(panel.getByRole('heading', { name: order.number })).toBeVisible();
    for (const line of order.lines) {
      await expect(page.getByTestId(`line-${line.sku}`)).toHaveAttribute('data-state', 'pending');
      await expect(page.getByTestId(`line-${line.sku}`)).toContainText(`0 / ${line.qty}`);
    }
    await expect(panel.getByRole('button', { name: /Mark packed/ })).toBeDisabled();
    await packingScreen(page, 'order-open');
  });

  await test.step('a wrong item is a loud red banner', async () => {
    await gunScan(page, 'NOT-IN-THIS-BOX-42');
    const alert = page.getByRole('alert').filter({ hasText: 'WRONG ITEM' });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(order.number);
    await packingScreen(page, 'wrong-item');
  });

  await test.step('scanning each item turns its line green', async () => {
    const total = order.lines.reduce((n, l) => n + l.qty, 0);
    let scanned = 0;
    for (const line of order.lines) {
      for (let i = 1; i <= line.qty; i++) {
        await gunScan(page, line.barcode);
        scanned++;
        await expect(page.getByTestId(`line-${line.sku}`)).toContainText(`${i} / ${line.qty}`);
        if (scanned === 1) {
          // The first good scan clears the red banner.
          await expect(page.getByRole('alert').filter({ hasText: 'WRONG ITEM' })).toHaveCount(0);
        }
      }
      await expect(page.getByTestId(`line-${line.sku}`)).toHaveAttribute('data-state', 'complete');
    }
    await expect(page.getByTestId('pack-progress')).toHaveText(
      `All ${total} scanned — ready to mark packed`,
    );
    await packingScreen(page, 'verified');
  });

  await test.step('P prints the slip on the network receipt printer', async () => {
    const printer = await tcpPrinter();
    try {
      await admin.put('/api/admin/settings', {
        printer: { type: 'epson', interface: printer.uri, width: 48 },
      });
      const job = printer.nextJob();
      await page.keyboard.press('p');
      await expect(
        page.getByText(/^Slip sent to tcp:\/\/127\.0\.0\.1:\d+ \(\d+ bytes\)\.$/),
      ).toBeVisible({
        timeout: 10_000,
      });
      const bytes = await job;
      // ESC/POS: reset first, the order number as CODE128, every SKU, and a cut at the end.
      expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0x1b, 0x40]));
      expect(bytes.includes(Buffer.from([0x1d, 0x6b]))).toBe(true);
      expect(bytes.includes(Buffer.from([0x1d, 0x56]))).toBe(true);
      expect(bytes.includes(Buffer.from(order.number, 'latin1'))).toBe(true);
      for (const line of order.lines)
        expect(bytes.includes(Buffer.from(line.sku, 'latin1'))).toBe(true);
      await packingScreen(page, 'printed');
    } finally {
      await admin.put('/api/admin/settings', { printer: { interface: '' } });
      await printer.close();
    }
  });

  await test.step('Shift+P opens the PDF slip in the size chosen beside it', async () => {
    await page.getByLabel('PDF slip size').selectOption('4x6');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const [tab] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('Shift+P')]);
    await expect.poll(() => tab.url()).toMatch(/^blob:/);
    await expect(
      page.getByText(`Opened the 4x6 PDF slip of order ${order.number} in a new tab.`),
    ).toBeVisible();
    const head = await tab.evaluate(async () =>
      new TextDecoder().decode((await (await fetch(location.href)).arrayBuffer()).slice(0, 5)),
    );
    expect(head).toBe('%PDF-');
    await tab.close();
  });

  await test.step('Ctrl+Enter marks it packed', async () => {
    await page.keyboard.press('Control+Enter');
    const panel = openOrder(page, order.number);
    await expect(panel.getByText('Packed', { exact: true })).toBeVisible();
    await expect(panel.getByRole('form', { name: 'Ship' })).toBeVisible();
    await expect(
      queue(page).getByRole('list', { name: 'Ready to pack' }).getByText(order.number),
    ).toHaveCount(0);
    await packingScreen(page, 'packed');
  });

  await test.step('S, a carrier and a scanned tracking number ship it', async () => {
    await page.keyboard.press('s');
    const tracking = page.getByLabel('Tracking number');
    await expect(tracking).toBeFocused();
    await page.getByLabel('Carrier').selectOption('UPS');
    await page.getByLabel('Weight (oz)').fill('14');
    await tracking.focus();
    await gunScan(page, '1Z999AA10123456784', { intoPage: false });
    await expect(page.getByText(`Shipped order ${order.number} with UPS`)).toBeVisible();
    await expect(queue(page).getByText(order.number)).toHaveCount(0);
    // The oldest order still waiting is suggested (on a fresh station, the second one made ready).
    const oldest = (await admin.get<{ number: string }[]>('/api/orders/ready-to-pack'))[0]!;
    expect(oldest).toBeDefined();
    nextNumber = oldest.number;
    await expect(
      page.getByRole('button', { name: new RegExp(`Next: order ${nextNumber}`) }),
    ).toBeVisible();
    await packingScreen(page, 'shipped');
    const shipped = await admin.get<{ status: string; shipments: { tracking_number: string }[] }>(
      `/api/orders/${order.id}`,
    );
    expect(shipped.status).toBe('shipped');
    expect(shipped.shipments[0]?.tracking_number).toBe('1Z999AA10123456784');
  });

  await test.step('N opens the next order; it stacks on a phone-sized screen', async () => {
    await page.keyboard.press('n');
    await expect(openOrder(page, nextNumber)).toBeVisible();
    await page.setViewportSize({ width: 390, height: 844 });
    // A full-page capture of a scrolled page draws the sticky phone top bar mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({
      path: 'test-results/screens/desktop-packing-phone.png',
      fullPage: true,
    });
  });
});
