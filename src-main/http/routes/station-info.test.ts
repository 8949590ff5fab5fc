import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lanReach } from '../../platform/lan-addresses';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
beforeAll(async () => {
  st = await testStation();
});
afterAll(() => st.close());

describe('GET /api/station', () => {
  it("tells every signed-in user the seller and how USB guns end a scan, following the admin's setting", async () => {
    const picker = await st.userWithRole('picker');
    const get = () => st.request('GET', '/api/station', { token: picker.access });
    expect((await get()).json()).toEqual({
      version: st.ctx.version,
      demo: false,
      seller_name: '',
      scanner: { terminator: 'enter', min_length: 4, max_gap_ms: 35 },
    });
    const put = await st.request('PUT', '/api/admin/settings', {
      token: st.admin.access,
      body: {
        scanner: { terminator: 'tab', serial_path: '/dev/ttyUSB0' },
        seller: { name: 'Hay Co' },
      },
    });
    expect(put.statusCode).toBe(200);
    const answer = (await get()).json();
    expect(answer).toMatchObject({ seller_name: 'Hay Co', scanner: { terminator: 'tab' } });
    // The port is the admin's business.
    expect(JSON.stringify(answer)).not.toContain('ttyUSB0');
    expect((await st.request('GET', '/api/station')).statusCode).toBe(401);
  });
});

describe('GET /api/station/lan', () => {
  it('says loopback only, with nothing to scan, when the station listens on this PC alone', async () => {
    const lan = await testStation();
    try {
      await lan.app.listen({ port: 0, host: '127.0.0.1' });
      const res = await lan.request('GET', '/api/station/lan', { token: lan.admin.access });
      expect(res.json()).toMatchObject({
        lan_enabled: true,
        listening_on: '127.0.0.1',
        loopback_only: true,
        addresses: [],
      });
    } finally {
      await lan.close();
    }
  });

  it("gives each of the PC's LAN addresses its picker URL and a QR code of it", async () => {
    const lan = await testStation();
    try {
      await lan.app.listen({ port: 0, host: '0.0.0.0' });
      const { port } = lan.app.server.address() as AddressInfo;
      const picker = await lan.userWithRole('picker');
      const answer = (
        await lan.request('GET', '/api/station/lan', { token: picker.access })
      ).json() as { port: number; addresses: { picker_url: string; qr_svg: string }[] };
      expect(answer.port).toBe(port);
      expect(answer.addresses.map((a) => a.picker_url)).toEqual(
        lanReach({ host: '0.0.0.0', port }).addresses.map((a) => a.picker_url),
      );
      for (const a of answer.addresses) expect(a.qr_svg).toMatch(/^<svg [^>]*viewBox/);
    } finally {
      await lan.close();
    }
  });
});
