import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Locator } from '@playwright/test';
import type { Job, StationLan, TodayStats } from '../src-renderer/api/types';
import { ADMIN } from './support/accounts';
import { apiAs, orderToFinish } from './support/picking';
import { goTo, screenshot, signIn } from './support/station';

/** What a phone's camera reads from the code on screen: the rendered image, decoded by zbar. */
async function decodeQr(qr: Locator): Promise<string> {
  const png = join(mkdtempSync(join(tmpdir(), 'ws-qr-')), 'qr.png');
  await qr.screenshot({ path: png });
  return execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', png], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim();
}

/** Every LAN address of the station shows its picker URL as a QR code that decodes to it. */
async function expectPickerQrs(scope: Locator, lan: StationLan) {
  const codes = scope.getByTestId('handheld-qr');
  await expect(codes).toHaveCount(lan.addresses.length);
  for (const [i, address] of lan.addresses.entries()) {
    await expect(codes.nth(i)).toContainText(address.picker_url);
    expect(await decodeQr(codes.nth(i).getByRole('img'))).toBe(address.picker_url);
  }
}

test('Home shows the API’s figures for today and the handheld QR; Jobs lists the storefront sync', async ({
  page,
  request,
}, testInfo) => {
  test.setTimeout(90_000);
  const admin = await apiAs(request, ADMIN);
  const order = await orderToFinish(admin, 1);
  await admin.post('/api/pick', { sku: order.lines[0]!.sku, qty: 1 });
  const lan = await admin.get<StationLan>('/api/station/lan');
  expect(lan.addresses.length, 'the e2e stations listen on every address').toBeGreaterThan(0);

  await page.goto('/');
  await signIn(page, ADMIN);
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();

  await test.step('the figures are the station’s own, each picker’s units included', async () => {
    const stats = await admin.get<TodayStats>('/api/picklist/stats');
    for (const key of [
      'open_orders',
      'ready_to_pack',
      'units_remaining',
      'units_picked_today',
      'units_short_today',
    ] as const) {
      await expect(page.getByTestId(`home-${key}`).locator('.stat-value')).toHaveText(
        String(stats[key]),
      );
    }
    const me = stats.by_picker.find((p) => p.picker === ADMIN.username)!;
    await expect(
      page.getByTestId('home-pickers').getByRole('row').filter({ hasText: ADMIN.username }),
    ).toContainText(`${ADMIN.username}${me.units_picked}${me.units_short}`);
    await expectPickerQrs(page.getByRole('region', { name: 'Connect a handheld' }), lan);
    await screenshot(page, testInfo, 'home');
  });

  await test.step('a figure links to the page behind it', async () => {
    await page.getByTestId('home-open_orders').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible();
    await expect(page.getByLabel('Status')).toHaveValue('open');
  });

  await test.step('Jobs lists the storefront import, its schedule and its runs', async () => {
    const { jobs } = await admin.get<{ jobs: Job[] }>('/api/admin/jobs');
    await goTo(page, 'Jobs');
    const sync = page.getByRole('region', { name: 'Import storefront orders' });
    await expect(sync).toContainText('Demo data');
    await expect(sync.getByRole('row')).toHaveCount(1 + jobs[0]!.last_runs.length);
    await expect(sync.getByRole('row').nth(1)).toContainText('Done');
    await screenshot(page, testInfo, 'jobs');
  });

  await test.step('an area not built yet says so', async () => {
    await goTo(page, 'Analytics');
    await expect(page.getByTestId('coming-soon')).toContainText('Not built yet');
    await expect(page.getByText('Coming', { exact: true })).toBeVisible();
  });

  await test.step('adding a user shows how to sign them in on a handheld', async () => {
    await goTo(page, 'Users');
    const username = `picker-${testInfo.project.name}`;
    const form = page.getByRole('region', { name: 'Add a user' });
    await form.getByLabel('Username').fill(username);
    await form.getByLabel('Password').fill('picks-all-day-2026');
    await form.getByLabel('Role').selectOption('picker');
    await form.getByRole('button', { name: 'Add user' }).click();
    const handheld = page.getByRole('region', { name: `Sign ${username} in on a handheld` });
    await expectPickerQrs(handheld, lan);
    await handheld.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: `test-results/screens/${testInfo.project.name}-user-added-qr.png`,
    });
  });

  await test.step('Settings → Network shows where handhelds connect', async () => {
    await goTo(page, 'Settings');
    const network = page.getByRole('region', { name: 'Network' });
    await expectPickerQrs(network, lan);
    await network.screenshot({
      path: `test-results/screens/${testInfo.project.name}-settings-network-qr.png`,
    });
  });
});
