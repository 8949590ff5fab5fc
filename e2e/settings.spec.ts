import { expect, test } from '@playwright/test';
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
