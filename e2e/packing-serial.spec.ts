import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { socatPair, type SocatPair } from '../src-main/testing/socat-pair';
import { ADMIN } from './support/accounts';
import { ensurePacker, makeReady, PACKER, packingScreen } from './support/packing';
import { apiAs } from './support/picking';
import { signIn } from './support/station';

test.beforeAll(async ({ request }) => ensurePacker(request));

// A serial gun without hardware: socat joins two pseudo-terminals; the station reads one end as
// it would read /dev/ttyUSB0 and the test "scans" by writing lines into the other.
test('a serial gun at the desk opens the order and verifies its items, and survives being unplugged', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const admin = await apiAs(request, ADMIN);
  const dir = mkdtempSync(join(tmpdir(), 'ws-e2e-serial-'));
  let pair: SocatPair | null = null;
  try {
    pair = await socatPair(dir);
    const gun = pair;
    const order = await makeReady(admin, 2);
    const units = order.lines.flatMap((line) => Array<string>(line.qty).fill(line.barcode));
    const panel = page.getByRole('region', { name: `Order ${order.number}` });
    const chip = page.getByRole('status').filter({ hasText: /Serial scanner/ });

    await test.step('the admin sets the port; the desk shows the gun connected', async () => {
      await page.goto('/');
      await signIn(page, PACKER);
      await expect(page).toHaveURL(/\/packing$/);
      await admin.put('/api/admin/settings', {
        scanner: { serial_path: gun.scanner, baud: 9600, terminator: 'enter' },
      });
      // The station reads its settings every 2 s.
      await expect(chip).toHaveText('Serial scanner connected', { timeout: 10_000 });
    });

    await test.step('scanning the slip with the serial gun opens the order', async () => {
      gun.send(`${order.number}\r\n`);
      await expect(panel.getByRole('heading', { name: order.number })).toBeVisible();
      gun.send(`${units[0]}\r\n`);
      await expect(page.getByTestId(`line-${order.lines[0]!.sku}`)).toContainText(
        `1 / ${order.lines[0]!.qty}`,
      );
      await packingScreen(page, 'serial-scanning');
    });

    await test.step('pulling the plug shows on the desk, and plugging it back in recovers', async () => {
      await gun.unplug();
      await expect(chip).toHaveText('Serial scanner unplugged — reconnecting…');
      await packingScreen(page, 'serial-unplugged');
      await gun.plug();
      await expect(chip).toHaveText('Serial scanner connected', { timeout: 10_000 });
      for (let i = 1; i < units.length; i++) {
        gun.send(`${units[i]}\r\n`);
        // One at a time, as a packer scans: each scan is answered before the next.
        const scanned = i + 1;
        await expect(page.getByTestId('pack-progress')).toHaveText(
          scanned < units.length
            ? `${scanned} of ${units.length} scanned`
            : `All ${units.length} scanned — ready to mark packed`,
        );
      }
      await packingScreen(page, 'serial-verified');
    });

    // Leave the desk as the other packing tests expect it: this order done, no serial gun.
    await admin.post(`/api/orders/${order.id}/mark-packed`, {});
    await admin.post(`/api/orders/${order.id}/ship`, {
      carrier: 'USPS',
      tracking_number: 'E2ESERIAL1',
    });
  } finally {
    await admin.put('/api/admin/settings', { scanner: { serial_path: '' } }).catch(() => undefined);
    await pair?.unplug();
    rmSync(dir, { recursive: true, force: true });
  }
});
