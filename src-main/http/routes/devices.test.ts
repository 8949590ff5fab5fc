import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
beforeAll(async () => {
  st = await testStation();
});
afterAll(() => st.close());

describe('device routes', () => {
  it('lists the serial ports for the admin only', async () => {
    const res = await st.request('GET', '/api/devices/serial-ports', { token: st.admin.access });
    expect(res.statusCode).toBe(200);
    const answer = res.json();
    expect(answer.error).toBeUndefined();
    for (const port of answer.ports) {
      expect(Object.keys(port).sort()).toEqual(
        ['manufacturer', 'path', 'productId', 'serialNumber', 'vendorId'].sort(),
      );
    }
    for (const role of ['picker', 'packer'] as const) {
      const { access } = await st.userWithRole(role);
      const denied = await st.request('GET', '/api/devices/serial-ports', { token: access });
      expect(denied.statusCode, role).toBe(403);
    }
  });

  it('shows the scanner status to packers, not pickers', async () => {
    const packer = await st.userWithRole('packer');
    const res = await st.request('GET', '/api/devices/scanner', { token: packer.access });
    expect(res.json()).toEqual({ path: null, connected: false, error: null, last_scan_at: null });
    const picker = await st.userWithRole('picker');
    expect(
      (await st.request('GET', '/api/devices/scanner', { token: picker.access })).statusCode,
    ).toBe(403);
  });
});
