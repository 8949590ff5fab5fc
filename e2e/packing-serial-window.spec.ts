import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { socatPair, type SocatPair } from '../src-main/testing/socat-pair';
import { ADMIN } from './support/accounts';
import { ensurePacker, makeReady, PACKER } from './support/packing';
import { apiAs } from './support/picking';
import { signIn } from './support/station';

test.beforeAll(async ({ request }) => ensurePacker(request));

// The desktop window is the same page with `window.station` set by the preload. This stands in
// for that bridge with what the renderer calls on it (the login kept outside page storage, and
// PDF printing); a serial scan must still reach the desk through the station stream.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    let session: unknown = null;
    Object.defineProperty(window, 'station', {
      value: {
        getSession: async () => session,
        setSession: async (next: unknown) => {
          session = next;
        },
        printPdf: async () => ({ ok: true }),
      },
    });
  });
});

test('in the desktop window a serial gun opens the order at the desk and verifies its items', async ({
  page,
  request,
}) => {
  test.setTimeout(60_000);
  const admin = await apiAs(request, ADMIN);
  const dir = mkdtempSync(join(tmpdir(), 'ws-e2e-serial-window-'));
  let gun: SocatPair | null = null;
  try {
    gun = await socatPair(dir);
    const order = await makeReady(admin, 1);
    const line = order.lines[0]!;
    const chip = page.getByRole('status').filter({ hasText: /Serial scanner/ });

    await page.goto('/');
    await signIn(page, PACKER);
    await expect(page).toHaveURL(/\/packing$/);
    await admin.put('/api/admin/settings', {
      scanner: { serial_path: gun.scanner, baud: 9600, terminator: 'enter' },
    });
    // The station reads its settings every 2 s.
    await expect(chip).toHaveText('Serial scanner connected', { timeout: 10_000 });

    gun.send(`${order.number}\r\n`);
    await expect(
      page.getByRole('region', { name: `Order ${order.number}` }).getByRole('heading', {
        name: order.number,
      }),
    ).toBeVisible();
    gun.send(`${line.barcode}\r\n`);
    await expect(page.getByTestId(`line-${line.sku}`)).toContainText(`1 / ${line.qty}`);

    // Leave the desk as the other packing tests expect it: this order done, no serial gun.
    await admin.post(`/api/orders/${order.id}/mark-packed`, { skip_verification: true });
    await admin.post(`/api/orders/${order.id}/ship`, {
      carrier: 'USPS',
      tracking_number: 'E2ESERIALWIN1',
    });
  } finally {
    await admin.put('/api/admin/settings', { scanner: { serial_path: '' } }).catch(() => undefined);
    await gun?.unplug();
    rmSync(dir, { recursive: true, force: true });
  }
});
