import { expect, test, type Browser, type Page } from '@playwright/test';
import { ADMIN, PICKER } from './support/accounts';
import { apiAs, ensurePicker, orderToFinish, screenView, type OrderLine } from './support/picking';
import { signIn } from './support/station';

test.beforeAll(async ({ request }) => ensurePicker(request));

const sheet = (page: Page) => page.getByRole('dialog');
const waitingBanner = (page: Page) => page.getByRole('status', { name: 'Waiting picks' });

/** Fast, like a keyboard-wedge gun: a burst of keys ending in Enter. */
async function scan(page: Page, code: string) {
  await page.getByLabel('Scan or type a SKU or barcode').click();
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** Opens a SKU's pick sheet by tapping its card, and sets how many to pick or mark short. */
async function openCard(page: Page, line: OrderLine) {
  await page.getByRole('button', { name: line.sku }).click();
  await expect(sheet(page).getByRole('heading', { name: line.title })).toBeVisible();
}

async function setQty(page: Page, label: string, line: OrderLine) {
  const qty = sheet(page).getByLabel(label);
  await expect(qty).toHaveValue(String(line.skuRemaining));
  if (line.qty !== line.skuRemaining) await qty.fill(String(line.qty));
}

/** The desk's pick list, signed in as the admin in a browser of its own. */
async function openDesk(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.goto('/picklist');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Pick list' })).toBeVisible();
  await expect(page.getByText('Live', { exact: true })).toBeVisible();
  return { page, close: () => context.close() };
}

test('a picker scans, picks, reports a shortage and keeps picking offline until an order is ready', async ({
  page,
  context,
  browser,
  request,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const admin = await apiAs(request, ADMIN);
  const order = await orderToFinish(admin, 3);
  const [scanned, short, ...rest] = order.lines;
  const offline = rest.pop()!;

  await test.step('the picker lands on the handheld pick list', async () => {
    await page.goto('/');
    await signIn(page, PICKER);
    await expect(page).toHaveURL(/\/picker$/);
    await expect(page.getByText('Live', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: scanned!.sku })).toBeVisible();
    await screenView(page, testInfo, 'list');
  });

  const desk = await openDesk(browser, baseURL!);
  const deskStat = (key: string) => desk.page.getByTestId(`stat-${key}`).locator('dd');
  const readyBefore = Number(await deskStat('ready_to_pack').textContent());

  await test.step('a scanned barcode opens the pick sheet; confirming picks it', async () => {
    await scan(page, scanned!.barcode);
    await expect(sheet(page).getByRole('heading', { name: scanned!.title })).toBeVisible();
    await expect(page.getByLabel('Scan or type a SKU or barcode')).toHaveValue('');
    // A scan counts the one unit scanned; more are scanned or typed in.
    await expect(sheet(page).getByLabel('Quantity to pick')).toHaveValue('1');
    await sheet(page).getByLabel('Quantity to pick').fill(String(scanned!.qty));
    await screenView(page, testInfo, 'pick-sheet');
    await sheet(page)
      .getByRole('button', { name: `Confirm pick of ${scanned!.qty}` })
      .click();
    await expect(sheet(page)).toHaveCount(0);
    await expect(page.getByText(`Picked ${scanned!.qty} × ${scanned!.sku}.`)).toBeVisible();
    await expect(deskStat('units_picked_today')).toHaveText(String(scanned!.qty));
  });

  await test.step('the last pick can be undone, and picked again', async () => {
    await page.getByRole('button', { name: 'Undo last pick' }).click();
    await expect(page.getByText(`Pick undone: ${scanned!.qty} × ${scanned!.sku}`)).toBeVisible();
    await expect(deskStat('units_picked_today')).toHaveText('0');
    await openCard(page, scanned!);
    await setQty(page, 'Quantity to pick', scanned!);
    await sheet(page)
      .getByRole('button', { name: `Confirm pick of ${scanned!.qty}` })
      .click();
    await expect(page.getByText(`Picked ${scanned!.qty} × ${scanned!.sku}.`)).toBeVisible();
  });

  await test.step('an empty shelf is marked not in stock', async () => {
    await openCard(page, short!);
    await sheet(page).getByRole('button', { name: 'Not in stock…' }).click();
    await expect(sheet(page).getByLabel('How many are missing?')).toHaveValue(
      String(short!.skuRemaining),
    );
    await screenView(page, testInfo, 'not-in-stock');
    await sheet(page)
      .getByRole('button', { name: `Mark ${short!.skuRemaining} not in stock` })
      .click();
    await expect(
      page.getByText(`Marked ${short!.skuRemaining} × ${short!.sku} not in stock.`),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: short!.sku })).toHaveCount(0);
  });

  await test.step('another picker fills the lines in between', async () => {
    for (const line of rest) await admin.post('/api/pick', { sku: line.sku, qty: line.qty });
  });

  await test.step('with the station out of reach, the pick waits on the handheld', async () => {
    await page.route('**/api/pick', (route) => route.abort('internetdisconnected'));
    await openCard(page, offline);
    await setQty(page, 'Quantity to pick', offline);
    await sheet(page)
      .getByRole('button', { name: `Confirm pick of ${offline.qty}` })
      .click();
    await expect(waitingBanner(page)).toContainText('1 pick waiting');
    await expect(waitingBanner(page)).toContainText('will send when the station is back');
    await expect(
      page.getByText(`Saved on this handheld: pick ${offline.qty} × ${offline.sku}.`),
    ).toBeVisible();

    await page.reload();
    await expect(waitingBanner(page)).toContainText('1 pick waiting');

    await context.setOffline(true);
    await expect(page.getByText('Offline', { exact: true })).toBeVisible();
    await screenView(page, testInfo, 'offline-queue');
    await expect(deskStat('ready_to_pack')).toHaveText(String(readyBefore));
  });

  await test.step('back online, the queue drains and the order is ready to pack', async () => {
    await page.unroute('**/api/pick');
    await context.setOffline(false);
    await expect(waitingBanner(page)).toHaveCount(0, { timeout: 15_000 });
    await expect(page.getByText(`Order ${order.number} is ready to pack.`)).toBeVisible();
    await screenView(page, testInfo, 'drained');
    await expect(deskStat('ready_to_pack')).toHaveText(String(readyBefore + 1));
    await screenView(desk.page, testInfo, 'desk-live');
  });

  await desk.close();
});

test('a pick the station refuses says why, with the error signal', async ({ page, request }) => {
  const admin = await apiAs(request, ADMIN);
  const [line] = (await orderToFinish(admin, 1)).lines;
  await page.goto('/');
  await signIn(page, PICKER);
  await openCard(page, line!);
  // Someone else takes one unit while the sheet is open; the sheet's number is now one too many.
  await page.route('**/api/pick', (route) =>
    route.continue({
      postData: JSON.stringify({ sku: line!.sku, qty: line!.skuRemaining + 1 }),
    }),
  );
  await sheet(page)
    .getByRole('button', { name: /Confirm pick of/ })
    .click();
  await expect(sheet(page).getByRole('alert')).toContainText(
    `Only ${line!.skuRemaining} of ${line!.sku} are left to pick`,
  );
});
