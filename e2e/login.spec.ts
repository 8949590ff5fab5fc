import { expect, test, type Page } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { ensureAdmin, screenshot, signIn } from './support/station';

test.beforeAll(async ({ request }) => ensureAdmin(request));

test('a wrong password shows the station’s own message', async ({ page }, testInfo) => {
  await page.goto('/');
  await page.getByLabel('Username or email').fill(ADMIN.username);
  await page.getByLabel('Password').fill('not-the-password');
  const answer = page.waitForResponse('**/api/auth/login');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const response = await answer;
  expect(response.status()).toBe(401);
  const { error } = await response.json();
  await expect(page.getByRole('alert')).toHaveText(error.message);
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await screenshot(page, testInfo, 'login-error');
});

test('email works in place of the username', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Username or email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
});

test.describe('an ended access token', () => {
  const SESSION_KEY = 'warehouse-station.session';

  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    await signIn(page, ADMIN);
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  });

  const spoil = (page: Page, fields: ('access' | 'refresh')[]) =>
    page.evaluate(
      ([key, names]) => {
        const session = JSON.parse(localStorage.getItem(key)!);
        for (const name of names) session[name] = 'no-longer-valid';
        localStorage.setItem(key, JSON.stringify(session));
      },
      [SESSION_KEY, fields] as const,
    );

  test('is refreshed once and the page carries on', async ({ page }) => {
    await spoil(page, ['access']);
    const refreshed = page.waitForResponse('**/api/auth/refresh');
    await page.reload();
    expect((await refreshed).status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  });

  test('sends the user back to sign in when the refresh fails too', async ({ page }) => {
    await spoil(page, ['access', 'refresh']);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(page.getByText('Your session has ended.')).toBeVisible();
  });
});
