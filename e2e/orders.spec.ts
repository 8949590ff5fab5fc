import { expect, test } from '@playwright/test';
import type { OrderDetail, OrderPage } from '../src-renderer/api/types';
import { ADMIN } from './support/accounts';
import { apiAs, orderToFinish } from './support/picking';
import { goTo, screenshot, signIn } from './support/station';

const HANDHELD = 'handheld-ab12cd34-0000-4000-8000-000000000001';

test('the orders page finds an order, shows its lines and history, and opens it at the desk', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(90_000);
  const admin = await apiAs(request, ADMIN);
  const order = await orderToFinish(admin, 2);
  const { access } = await (await request.post('/api/auth/login', { data: ADMIN })).json();
  // Picked from a handheld, as the picker screen does it, so the history can name the device.
  for (const line of order.lines) {
    const picked = await request.post('/api/pick', {
      headers: { Authorization: `Bearer ${access}`, 'X-Station-Device': HANDHELD },
      data: { sku: line.sku, qty: line.qty },
    });
    expect(picked.ok()).toBe(true);
  }

  await page.goto('/');
  await signIn(page, ADMIN);
  await goTo(page, 'Orders');

  await test.step('search by number, then by SKU with the true total, then filter', async () => {
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill(order.number);
    await expect(page.getByTestId('orders-count')).toHaveText('1–1 of 1 order');
    await expect(page.getByTestId(`order-row-${order.number}`)).toBeVisible();

    const sku = order.lines[0]!.sku;
    const bySku = await admin.get<OrderPage>(
      `/api/orders?q=${encodeURIComponent(sku)}&page_size=25`,
    );
    await search.fill(sku);
    const count = `1–${bySku.orders.length} of ${bySku.total} order${bySku.total === 1 ? '' : 's'}`;
    await expect(page.getByTestId('orders-count')).toHaveText(count);
    await expect(page.locator('tbody tr').first()).toHaveAttribute(
      'data-testid',
      `order-row-${bySku.orders[0]!.number}`,
    );
    await screenshot(page, testInfo, 'orders-search');

    await search.fill(order.number);
    await page.getByLabel('Status').selectOption('ready_to_pack');
    await page.getByLabel('Channel').selectOption('storefront');
    await expect(page).toHaveURL(/status=ready_to_pack/);
    await expect(page.getByTestId(`order-row-${order.number}`)).toBeVisible();
    await page.getByLabel('Status').selectOption('shipped');
    await expect(page.getByTestId('orders-empty')).toHaveText(
      'No order matches this search and filter.',
    );
    await page.getByLabel('Status').selectOption('');
    await expect(page.getByTestId(`order-row-${order.number}`)).toBeVisible();
  });

  await test.step('the order shows its lines and its history, picks named by device', async () => {
    await page.getByTestId(`order-row-${order.number}`).getByRole('button').click();
    const card = page.getByRole('region', { name: new RegExp(`Order ${order.number}`) });
    await expect(card.getByTestId('order-status')).toHaveText('Ready to pack');
    const detail = await admin.get<OrderDetail>(`/api/orders/${order.id}`);
    for (const item of detail.items) {
      const row = card.getByTestId(`order-line-${item.sku}`);
      await expect(row).toContainText(item.title);
      await expect(row.locator('td[data-label="Picked"]')).toHaveText(String(item.qty_picked));
    }
    const history = card.getByTestId('order-history');
    await expect(history.locator('li')).toHaveCount(detail.events.length);
    for (const line of order.lines) {
      await expect(
        history.getByText(`Picked ${line.qty} × ${line.sku} on Handheld AB12`),
      ).toBeVisible();
    }
    await expect(history.locator('li[data-type="picked"]').first()).toContainText(
      `by ${ADMIN.username}`,
    );
    await expect(history.getByText(/^Imported from the storefront/)).toBeVisible();
    await expect(card.getByText('Not shipped yet.')).toBeVisible();
    await screenshot(page, testInfo, 'order-detail');
  });

  await test.step('"Open at the desk" opens the same order on the packing desk', async () => {
    await page.getByRole('link', { name: 'Open at the desk' }).click();
    await expect(page).toHaveURL(new RegExp(`/packing\\?order=${order.id}$`));
    const desk = page.getByRole('region', { name: `Order ${order.number}` });
    await expect(desk.getByRole('heading', { name: order.number })).toBeVisible();
    await screenshot(page, testInfo, 'order-at-desk');
  });
});
