import { expect, test, type Locator, type Page } from '@playwright/test';
import { ADMIN } from './support/accounts';
import { ensureAdmin, goTo, screenshot, signIn } from './support/station';

test.beforeAll(async ({ request }) => ensureAdmin(request));

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await signIn(page, ADMIN);
  await goTo(page, 'Settings');
});

const section = (page: Page, name: 'Email' | 'SMS') =>
  page.getByRole('region', { name, exact: true });

test('the email settings are saved and still there after a reload', async ({ page }, testInfo) => {
  const email = section(page, 'Email');
  await email.getByLabel('SMTP server', { exact: true }).fill('smtp.example.com');
  await email.getByLabel('Port', { exact: true }).fill('465');
  await email.getByLabel('Username', { exact: true }).fill('mailer');
  await email.getByLabel('Send from', { exact: true }).fill('warehouse@example.com');
  await email.getByLabel('Use TLS from the start (port 465)').check();
  await email.getByLabel('Send reports to').fill('a@example.com, b@example.com');
  await email.getByRole('button', { name: 'Save email' }).click();
  await expect(email.getByText('Email settings saved.')).toBeVisible();

  await page.reload();
  const reloaded = section(page, 'Email');
  await expect(reloaded.getByLabel('SMTP server', { exact: true })).toHaveValue('smtp.example.com');
  await expect(reloaded.getByLabel('Port', { exact: true })).toHaveValue('465');
  await expect(reloaded.getByLabel('Username', { exact: true })).toHaveValue('mailer');
  await expect(reloaded.getByLabel('Send from', { exact: true })).toHaveValue(
    'warehouse@example.com',
  );
  await expect(reloaded.getByLabel('Use TLS from the start (port 465)')).toBeChecked();
  await expect(reloaded.getByLabel('Send reports to')).toHaveValue('a@example.com\nb@example.com');
  await screenshot(page, testInfo, 'settings-email');
});

/** Saves the section with a new secret, which then shows only as set, until it is cleared. */
async function secretIsWriteOnly(
  region: Locator,
  secret: { label: string; save: string; saved: string },
) {
  const box = region.getByLabel(secret.label, { exact: true });
  await expect(region.getByText('Not set')).toBeVisible();
  await box.fill('a-secret-2026');
  await region.getByRole('button', { name: secret.save }).click();
  await expect(region.getByText(secret.saved)).toBeVisible();
  await expect(region.getByText('Set', { exact: true })).toBeVisible();
  await expect(box).toHaveValue('');

  await region.getByRole('button', { name: 'Clear' }).click();
  await expect(region.getByText(`${secret.label} cleared.`)).toBeVisible();
  await expect(region.getByText('Not set')).toBeVisible();
}

test('the email password is write-only: set, shown as set, cleared', async ({ page }) => {
  await secretIsWriteOnly(section(page, 'Email'), {
    label: 'Password',
    save: 'Save email',
    saved: 'Email settings saved.',
  });
});

test('the SMS settings are saved, the auth token only as set', async ({ page }) => {
  const sms = section(page, 'SMS');
  await sms.getByLabel('Twilio account SID').fill('AC0123456789abcdef0123456789abcdef');
  await sms.getByLabel('Send from', { exact: true }).fill('+15551234567');
  await sms.getByLabel('Text reports to').fill('+15557654321');
  await secretIsWriteOnly(sms, {
    label: 'Auth token',
    save: 'Save SMS',
    saved: 'SMS settings saved.',
  });

  await page.reload();
  const reloaded = section(page, 'SMS');
  await expect(reloaded.getByLabel('Twilio account SID')).toHaveValue(
    'AC0123456789abcdef0123456789abcdef',
  );
  await expect(reloaded.getByLabel('Send from', { exact: true })).toHaveValue('+15551234567');
  await expect(reloaded.getByLabel('Text reports to')).toHaveValue('+15557654321');
});

test('a number the station refuses is shown beside its field', async ({ page }, testInfo) => {
  const sms = section(page, 'SMS');
  await sms.getByLabel('Text reports to').fill('not-a-number');
  await sms.getByRole('button', { name: 'Save SMS' }).click();
  await expect(sms.getByText('Must be a phone number like +15551234567.')).toBeVisible();
  await expect(sms.getByLabel('Text reports to')).toHaveAttribute('aria-invalid', 'true');
  await expect(sms.getByText('SMS settings saved.')).toHaveCount(0);
  await screenshot(page, testInfo, 'settings-sms-refused');
});
