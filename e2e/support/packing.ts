import type { APIRequestContext, Page } from '@playwright/test';
import { ADMIN } from './accounts';
import { gunBurst } from './gun';
import { apiAs, orderToFinish, type OrderToFinish, type StationApi } from './picking';

export const PACKER = {
  username: 'sam.packer',
  email: 'sam@example.com',
  password: 'boxes-and-tape-2026',
};

/** The demo station creates the admin from its environment; the packer is made here, once. */
export async function ensurePacker(request: APIRequestContext): Promise<void> {
  const admin = await apiAs(request, ADMIN);
  const users = await admin.get<{ username: string }[]>('/api/admin/users');
  if (users.some((u) => u.username === PACKER.username)) return;
  await admin.post('/api/admin/users', { ...PACKER, role: 'packer' });
}

/**
 * Fast, like a keyboard-wedge gun: a burst of keys ending in Enter, typed at the page itself
 * (no field focused), or into whatever field has the focus.
 */
export async function gunScan(page: Page, code: string, { intoPage = true } = {}) {
  if (intoPage) {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await gunBurst(page, code);
    return;
  }
  // A field fills only from real key presses.
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

export async function packingScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/desktop-packing-${name}.png` });
}

/** Picks every unit of an order that is first in line for its SKUs, so it becomes ready to pack. */
export async function makeReady(admin: StationApi, minLines: number): Promise<OrderToFinish> {
  const order = await orderToFinish(admin, minLines);
  for (const line of order.lines) await admin.post('/api/pick', { sku: line.sku, qty: line.qty });
  return order;
}
