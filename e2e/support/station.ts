import { expect, type APIRequestContext, type Page, type TestInfo } from '@playwright/test';
import { ADMIN } from './accounts';

/**
 * Lets a spec run on its own: if no earlier spec went through the first-run screen, the admin
 * is created through the API instead.
 */
export async function ensureAdmin(request: APIRequestContext): Promise<void> {
  const health = await request.get('/api/health');
  expect(health.ok()).toBe(true);
  if (!(await health.json()).needs_setup) return;
  const created = await request.post('/api/setup/first-admin', {
    data: { username: ADMIN.username, email: ADMIN.email, password: ADMIN.password },
  });
  expect(created.status()).toBe(201);
}

/** Screenshots go where the issue asks, named by project so both sizes sit side by side. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // A full-page capture of a scrolled page draws the sticky phone top bar mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({
    path: `test-results/screens/${testInfo.project.name}-${name}.png`,
    fullPage: true,
  });
}

export async function signIn(
  page: Page,
  account: { username: string; password: string },
): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByLabel('Username or email').fill(account.username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(account.username, { exact: true }).first()).toBeAttached();
}

/** On a phone the navigation sits behind the Menu button; on a desktop it is always shown. */
export async function openNav(page: Page) {
  const menu = page.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav).toBeVisible();
  return nav;
}

export async function goTo(page: Page, label: string): Promise<void> {
  const nav = await openNav(page);
  await nav.getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: label })).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await openNav(page);
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
}
