import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import type { PicklistSku, SkuOrders } from '../../src-renderer/api/types';
import { ADMIN, PICKER } from './accounts';

/** The station's API as one account, for setting up and checking what the screens did. */
export async function apiAs(
  request: APIRequestContext,
  account: { username: string; password: string },
) {
  const login = await request.post('/api/auth/login', {
    data: { username: account.username, password: account.password },
  });
  expect(login.status()).toBe(200);
  const headers = { Authorization: `Bearer ${(await login.json()).access}` };
  const ok = async <T>(response: Awaited<ReturnType<APIRequestContext['get']>>) => {
    expect(response.ok(), `${response.url()} answered ${response.status()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    get: <T>(path: string) => request.get(path, { headers }).then((r) => ok<T>(r)),
    post: <T>(path: string, data: unknown) =>
      request.post(path, { headers, data }).then((r) => ok<T>(r)),
    put: <T>(path: string, data: unknown) =>
      request.put(path, { headers, data }).then((r) => ok<T>(r)),
  };
}

export type StationApi = Awaited<ReturnType<typeof apiAs>>;

/** The demo station creates the admin from its environment; the picker is made here, once. */
export async function ensurePicker(request: APIRequestContext): Promise<void> {
  const admin = await apiAs(request, ADMIN);
  const users = await admin.get<{ username: string }[]>('/api/admin/users');
  if (users.some((u) => u.username === PICKER.username)) return;
  await admin.post('/api/admin/users', { ...PICKER, role: 'picker' });
}

export interface OrderLine {
  sku: string;
  title: string;
  barcode: string;
  /** What this order still needs of the SKU. */
  qty: number;
  /** What all orders still need of the SKU: what the pick sheet offers first. */
  skuRemaining: number;
}

export interface OrderToFinish {
  id: number;
  number: string;
  lines: OrderLine[];
}

/**
 * An open order that is first in line (FIFO) for every SKU it needs, so picking exactly its
 * quantities fills it and nothing else, and marking all of a SKU short covers it too.
 */
export async function orderToFinish(api: StationApi, minLines: number): Promise<OrderToFinish> {
  const { categories } = await api.get<{ categories: { skus: PicklistSku[] }[] }>('/api/picklist');
  const orders = new Map<number, OrderToFinish & { firstInLine: boolean }>();
  for (const sku of categories.flatMap((c) => c.skus)) {
    const { orders: behind } = await api.get<SkuOrders>(
      `/api/picklist/${encodeURIComponent(sku.sku)}/orders`,
    );
    let ahead = 0;
    for (const o of behind) {
      if (o.qty_remaining === 0) continue;
      const order = orders.get(o.order_id) ?? {
        id: o.order_id,
        number: o.number,
        lines: [],
        firstInLine: true,
      };
      order.firstInLine &&= ahead === 0;
      order.lines.push({
        sku: sku.sku,
        title: sku.title,
        barcode: sku.barcode ?? sku.sku,
        qty: o.qty_remaining,
        skuRemaining: sku.qty_remaining,
      });
      orders.set(o.order_id, order);
      ahead += o.qty_remaining;
    }
  }
  const found = [...orders.values()].find((o) => o.firstInLine && o.lines.length >= minLines);
  expect(found, `an open order with ${minLines}+ lines, first in line for each`).toBeDefined();
  return found!;
}

/**
 * What the screen shows, as a person holding it sees it: a full-page capture of a long pick
 * list is too tall to read, and draws an open sheet at the top of the page instead of over it.
 */
export async function screenView(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${testInfo.project.name}-${name}.png` });
}
