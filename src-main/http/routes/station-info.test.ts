import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
