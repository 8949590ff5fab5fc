import { expect, test } from '@playwright/test';
import { ADMIN, PICKER } from './support/accounts';
import { goTo, openNav, screenshot, signIn, signOut } from './support/station';

const ADMIN_ONLY = ['Users', 'Settings', 'Jobs', 'Products', 'Purchasing', 'Analytics'];
const PACKER_AREAS = ['Packing', 'Orders', 'Out of stock', 'Inventory'];

test('first run, an admin adds a picker, and the picker sees only the pick list', async ({
  page,
  request,
}, testInfo) => {
  const health = await (await request.get('/api/health')).json();
  expect(health.needs_setup, 'the station should start empty').toBe(true);

  await test.step('the first-run screen creates the admin and signs in', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Create the first admin' })).toBeVisible();
    await screenshot(page, testInfo, 'first-run');

    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Email (optional)').fill(ADMIN.email);
    await page.getByLabel('Password', { exact: true }).fill(ADMIN.password);
    await page.getByLabel('Confirm password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create admin and sign in' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
    await screenshot(page, testInfo, 'dashboard');
  });

  await test.step('the admin signs out and back in', async () => {
    await signOut(page);
    await screenshot(page, testInfo, 'login');
    await signIn(page, ADMIN);
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  });

  await test.step('the admin sees every area', async () => {
    const nav = await openNav(page);
    for (const label of [...ADMIN_ONLY, ...PACKER_AREAS, 'Pick list']) {
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    await screenshot(page, testInfo, 'admin-nav');
  });

  await test.step('the admin creates a picker', async () => {
    await goTo(page, 'Users');
    const form = page.getByRole('region', { name: 'Add a user' });
    await form.getByLabel('Username').fill(PICKER.username);
    await form.getByLabel('Email (optional)').fill(PICKER.email);
    await form.getByLabel('Password').fill(PICKER.password);
    await form.getByLabel('Role').selectOption('picker');
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(form.getByText(`Added ${PICKER.username}.`)).toBeVisible();

    const row = page.getByRole('row').filter({ hasText: PICKER.username });
    await expect(row.getByRole('combobox', { name: `Role of ${PICKER.username}` })).toHaveValue(
      'picker',
    );
    await expect(row.getByText('Active')).toBeVisible();
    await screenshot(page, testInfo, 'users');
  });

  await test.step("the station's refusals show where they apply", async () => {
    const form = page.getByRole('region', { name: 'Add a user' });
    await form.getByLabel('Username').fill(PICKER.username);
    await form.getByLabel('Password').fill(PICKER.password);
    await form.getByRole('button', { name: 'Add user' }).click();
    await expect(
      form.getByText(`The username "${PICKER.username}" is already taken.`),
    ).toBeVisible();
    await expect(form.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true');

    const myRow = page.getByRole('row').filter({ hasText: ADMIN.username });
    await myRow.getByRole('combobox', { name: `Role of ${ADMIN.username}` }).selectOption('picker');
    await expect(page.getByRole('alert')).toContainText('This is the last active admin.');
    await expect(myRow.getByRole('combobox')).toHaveValue('admin');
    await screenshot(page, testInfo, 'users-errors');
  });

  await test.step('the picker signs in and lands on the pick list', async () => {
    await signOut(page);
    await signIn(page, PICKER);
    await expect(page).toHaveURL(/\/picker$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Pick list' })).toBeVisible();
    await screenshot(page, testInfo, 'picker');
  });

  await test.step('the picker is not shown admin or packing pages', async () => {
    const nav = await openNav(page);
    await expect(nav.getByRole('link', { name: 'Pick list', exact: true })).toBeVisible();
    for (const label of [...ADMIN_ONLY, ...PACKER_AREAS, 'Home']) {
      await expect(nav.getByRole('link', { name: label, exact: true })).toHaveCount(0);
    }
    await expect(page.getByText('Picker', { exact: true })).toBeVisible();
    await screenshot(page, testInfo, 'picker-nav');
  });

  await test.step('opening an admin page directly says there is no access', async () => {
    await page.goto('/admin/users');
    await expect(
      page.getByRole('heading', { name: "You don't have access to this page" }),
    ).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await screenshot(page, testInfo, 'picker-no-access');
  });
});
