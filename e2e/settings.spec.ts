import { expect, test } from '@playwright/test';
import { tcpPrinter } from '../src-main/testing/tcp-printer';
import { ADMIN } from './support/accounts';
import { ensureAdmin, goTo, screenshot, signIn } from './support/station';

test.beforeAll(async ({ request }) => ensureAdmin(request));

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await signIn(page, ADMIN);
  await goTo(page, 'Settings');
});

test('the storefront address is saved and still there after a reload', async ({
  page,
}, testInfo) => {
  const storefront = page.getByRole('region', { name: 'Storefront' });
  await storefront.getByLabel('Feed address').fill('https://shop.example.com/api');
  await storefront.getByRole('button', { name: 'Save storefront' }).click();
  await expect(storefront.getByText('Storefront settings saved.')).toBeVisible();

  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Storefront' }).getByLabel('Feed address'),
  ).toHaveValue('https://shop.example.com/api');
  await screenshot(page, testInfo, 'settings');
});

test('where secrets are kept is shown, with the warning when there is one', async ({
  page,
  request,
}) => {
  const login = await request.post('/api/auth/login', {
    data: { username: ADMIN.username, password: ADMIN.password },
  });
  const { access } = await login.json();
  const settings = await request.get('/api/admin/settings', {
    headers: { Authorization: `Bearer ${access}` },
  });
  const { backend, warning } = (await settings.json()).secret_storage;

  const notice = page.getByTestId('secret-storage');
  await expect(notice).toContainText(backend);
  // The file store the tests force has no warning; a keychain that was unreachable would.
  if (warning) await expect(page.getByText(warning)).toBeVisible();
  else await expect(notice).toContainText('file');
});

test('the API key is write-only: set, shown as set, cleared', async ({ page }) => {
  const storefront = page.getByRole('region', { name: 'Storefront' });
  await expect(storefront.getByText('Not set')).toBeVisible();
  await storefront.getByLabel('API key').fill('sk-test-123456');
  await storefront.getByRole('button', { name: 'Save storefront' }).click();
  await expect(storefront.getByText('Set', { exact: true })).toBeVisible();
  await expect(storefront.getByLabel('API key')).toHaveValue('');

  await storefront.getByRole('button', { name: 'Clear' }).click();
  await expect(storefront.getByText('API key cleared.')).toBeVisible();
  await expect(storefront.getByText('Not set')).toBeVisible();
});

test('a rejected field shows the station’s reason beside it', async ({ page }, testInfo) => {
  const printer = page.getByRole('region', { name: 'Printer' });
  const connection = printer.getByLabel('Connection');
  await connection.fill('lpt1');
  await printer.getByRole('button', { name: 'Save printer' }).click();
  await expect(connection).toHaveAttribute('aria-invalid', 'true');
  await expect(
    printer.getByText('Must look like tcp://192.168.1.50:9100 or printer:NAME.'),
  ).toBeVisible();
  await screenshot(page, testInfo, 'settings-field-error');

  await connection.fill('tcp://192.168.1.50:9100');
  await printer.getByRole('button', { name: 'Save printer' }).click();
  await expect(printer.getByText('Printer settings saved.')).toBeVisible();
  await expect(connection).not.toHaveAttribute('aria-invalid', 'true');
});

test('Test print sends a test page to the network printer and says so', async ({
  page,
}, testInfo) => {
  const printer = await tcpPrinter();
  try {
    const section = page.getByRole('region', { name: 'Printer' });
    await section.getByLabel('Connection').fill(printer.uri);
    await section.getByRole('button', { name: 'Save printer' }).click();
    await expect(section.getByText('Printer settings saved.')).toBeVisible();

    const arrived = printer.nextJob();
    await section.getByRole('button', { name: 'Test print' }).click();
    const bytes = await arrived;
    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    expect(bytes.toString('latin1')).toContain('PRINTER TEST');
    await expect(
      section.getByText(`Test page sent to ${printer.uri} (${bytes.length} bytes).`),
    ).toBeVisible();
    await screenshot(page, testInfo, 'settings-test-print');
  } finally {
    await printer.close();
  }
});
