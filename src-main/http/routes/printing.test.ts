import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrders } from '../../testing/fixtures';
import { closedPort, silentPrinter, tcpPrinter, type TcpPrinter } from '../../testing/tcp-printer';
import { testStation, type TestStation } from '../../testing/test-station';

const CODE128 = Buffer.from([0x1d, 0x6b]);
const CUT = Buffer.from([0x1d, 0x56]);

function count(buf: Buffer, needle: Buffer): number {
  let n = 0;
  for (let at = buf.indexOf(needle); at !== -1; at = buf.indexOf(needle, at + 1)) n++;
  return n;
}
// Windows-1252 as Latin-1, plus the one extra the slip wording uses (Node's TextDecoder has
// no real windows-1252).
const text = (buf: Buffer) => buf.toString('latin1').replaceAll('\x97', '—');

let st: TestStation;
let printer: TcpPrinter;
let packer: string;
let picker: string;
let orderId: number;

const usePrinter = async (iface: string) => {
  const res = await st.request('PUT', '/api/admin/settings', {
    token: st.admin.access,
    body: { printer: { type: 'epson', interface: iface, width: 48 } },
  });
  expect(res.statusCode).toBe(200);
};

beforeAll(async () => {
  st = await testStation();
  printer = await tcpPrinter();
  const ids = seedOrders(st.ctx.db, [
    { ext: '1042', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2, 'PEL-9': 3 } },
  ]);
  orderId = ids.get('1042')!;
  const db = st.ctx.db.$client;
  // Storefront text is whatever the shop typed: printer commands, emoji, HTML.
  db.prepare('update order_items set title = ? where sku = ?').run(
    'Timothy hay \x1b@\x1dV\x00 🐹 <b>fresh</b>',
    'HAY-1',
  );
  db.prepare(
    "update order_items set qty_picked = qty_ordered where sku = 'HAY-1' and order_id = ?",
  ).run(orderId);
  db.prepare(
    "update order_items set qty_picked = 1, qty_short = 2 where sku = 'PEL-9' and order_id = ?",
  ).run(orderId);
  await st.request('PUT', '/api/admin/settings', {
    token: st.admin.access,
    body: { seller: { name: 'Piggy Supplies' } },
  });
  packer = (await st.userWithRole('packer')).access;
  picker = (await st.userWithRole('picker')).access;
});
afterAll(async () => {
  await printer.close();
  await st.close();
});

describe('POST /api/orders/:id/print-slip', () => {
  const printSlip = (token: string, id = orderId) =>
    st.request('POST', `/api/orders/${id}/print-slip`, { token });

  it('answers 409 no_printer while no printer is set up', async () => {
    const res = await printSlip(packer);
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'no_printer',
      message: 'No receipt printer is set up. An admin can add one under Settings → Printer.',
    });
  });

  it('prints the receipt slip on the network printer', async () => {
    await usePrinter(printer.uri);
    const arrived = printer.nextJob();
    const res = await printSlip(packer);
    const bytes = await arrived;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ printer: printer.uri, bytes: bytes.length });

    expect([...bytes.subarray(0, 2)]).toEqual([0x1b, 0x40]);
    expect(count(bytes, CODE128)).toBe(1);
    expect(count(bytes, CUT)).toBe(1);
    // The title's ESC @ and GS V are gone: one reset to start, one after the cut.
    expect(count(bytes, Buffer.from([0x1b, 0x40]))).toBe(2);
    const words = text(bytes);
    for (const s of [
      'Piggy Supplies',
      'CC-1042',
      '2 x HAY-1',
      '1 x PEL-9',
      'Timothy hay @V <b>fresh</b>',
      '** 2 back-ordered — out of stock',
      'Items marked out of stock are not in this\npackage.',
    ]) {
      expect(words).toContain(s);
    }
  });

  it('404s an order that does not exist, sending nothing', async () => {
    const before = printer.jobs.length;
    const res = await printSlip(packer, 999_999);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('order_not_found');
    expect(printer.jobs.length).toBe(before);
  });

  it('answers 502 at once when nothing listens at the printer’s address', async () => {
    const port = await closedPort();
    await usePrinter(`tcp://127.0.0.1:${port}`);
    const started = Date.now();
    const res = await printSlip(packer);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(res.statusCode).toBe(502);
    expect(res.json().error).toMatchObject({
      code: 'printer_unreachable',
      details: { printer: `tcp://127.0.0.1:${port}`, reason: 'ECONNREFUSED' },
    });
  });

  it('answers 502 after 3 seconds when the printer does not answer', async () => {
    const silent = await silentPrinter();
    try {
      await usePrinter(silent.uri);
      const started = Date.now();
      const res = await printSlip(packer);
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(2900);
      expect(elapsed).toBeLessThan(4500);
      expect(res.statusCode).toBe(502);
      expect(res.json().error).toMatchObject({
        code: 'printer_unreachable',
        message: `The printer at 127.0.0.1:${silent.port} did not answer within 3 seconds. Check that it is switched on and connected.`,
      });
    } finally {
      silent.close();
    }
  });

  it('is for packers and admins, not pickers', async () => {
    await usePrinter(printer.uri);
    const res = await printSlip(picker);
    expect(res.statusCode).toBe(403);
    const arrived = printer.nextJob();
    expect((await printSlip(st.admin.access)).statusCode).toBe(200);
    expect(text(await arrived)).toContain('CC-1042');
  });
});

describe('POST /api/labels', () => {
  const labels = (token: string, body: unknown) =>
    st.request('POST', '/api/labels', { token, body });

  it('prints each SKU and bin label, copies of each, cut apart', async () => {
    await usePrinter(printer.uri);
    const arrived = printer.nextJob();
    const res = await labels(packer, { skus: ['HAY-1', 'pel-9'], bins: ['B-12'], copies: 2 });
    const bytes = await arrived;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ printer: printer.uri, bytes: bytes.length, labels: 6 });
    expect(count(bytes, CUT)).toBe(6);
    expect(count(bytes, CODE128)).toBe(6);
    const words = text(bytes);
    // Labels carry the catalogue's title and spelling of the SKU, however it was typed.
    expect(count(bytes, Buffer.from('Product PEL-9'))).toBe(2);
    expect(count(bytes, Buffer.from('{BPEL-9'))).toBe(2);
    expect(count(bytes, Buffer.from('{BB-12'))).toBe(2);
    expect(words).toContain('BIN');
  });

  it('404s naming every unknown SKU, and prints none of the batch', async () => {
    const before = printer.jobs.length;
    const res = await labels(packer, { skus: ['HAY-1', 'NOPE-1', 'NOPE-2'] });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'unknown_sku',
      message: 'No products have the SKUs NOPE-1, NOPE-2. Nothing was printed.',
      details: { skus: ['NOPE-1', 'NOPE-2'] },
    });
    expect(printer.jobs.length).toBe(before);
  });

  it('needs at least one code and prints at most 200 labels', async () => {
    for (const [body, field] of [
      [{}, 'skus'],
      [{ skus: [], bins: [] }, 'skus'],
      [{ bins: ['A-1', 'A-2', 'A-3'], copies: 67 }, 'copies'],
      [{ bins: ['A-1'], copies: 0 }, 'copies'],
      [{ skus: ['   '] }, 'skus.0'],
    ] as const) {
      const res = await labels(packer, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().error.details.field).toBe(field);
    }
  });

  it('is for packers and admins, not pickers', async () => {
    expect((await labels(picker, { bins: ['A-1'] })).statusCode).toBe(403);
  });
});

describe('POST /api/admin/printer/test', () => {
  it('prints a test page with the saved settings', async () => {
    await usePrinter(printer.uri);
    const arrived = printer.nextJob();
    const res = await st.request('POST', '/api/admin/printer/test', { token: st.admin.access });
    const bytes = await arrived;
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ printer: printer.uri, bytes: bytes.length });
    expect(count(bytes, CODE128)).toBe(1);
    expect(count(bytes, CUT)).toBe(1);
    const words = text(bytes);
    expect(words).toContain('PRINTER TEST');
    expect(words).toContain('Piggy Supplies');
    expect(words).toContain(`Connection: ${printer.uri}`);
    expect(words).toContain(`${'1234567890'.repeat(4)}12345678\n`);
  });

  it('is for admins only', async () => {
    const res = await st.request('POST', '/api/admin/printer/test', { token: packer });
    expect(res.statusCode).toBe(403);
  });

  it('answers 409 no_printer while no printer is set up', async () => {
    await usePrinter('');
    const res = await st.request('POST', '/api/admin/printer/test', { token: st.admin.access });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('no_printer');
  });
});
