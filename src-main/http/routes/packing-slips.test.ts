import { deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReadyOrders } from '../../testing/packing-fixtures';
import { seedOrders } from '../../testing/fixtures';
import { pdfFile, type PdfFile } from '../../testing/pdf-tools';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let packer: string;
let ids: Map<string, number>;
const files: PdfFile[] = [];

const ADDRESS = {
  name: 'Ada Lovelace',
  line1: '12 Meadow Lane',
  line2: 'Apt 4',
  city: 'Portland',
  state: 'OR',
  postal_code: '97201',
  country: 'US',
};

beforeAll(async () => {
  st = await testStation();
  packer = (await st.userWithRole('packer')).access;
  // 1 has a back-ordered line and an out-of-stock one; 2 is the one with titles from the wild.
  ids = await seedReadyOrders(
    st,
    [
      {
        ext: '1',
        createdAt: '2026-11-19T10:00:00Z',
        lines: { 'HAY-2LB': 3, 'BED-30L': 1, 'TOY-B': 1 },
      },
      { ext: '2', createdAt: '2026-11-19T11:00:00Z', lines: { 'TRT-HEB': 1, 'XSS-1': 2 } },
    ],
    { short: { 'HAY-2LB': 2, 'TOY-B': 1 } },
  );
  const client = st.ctx.db.$client;
  client
    .prepare('update orders set shipping_address = ? where id = ?')
    .run(JSON.stringify(ADDRESS), ids.get('1'));
  const title = client.prepare('update order_items set title = ? where sku = ?');
  title.run('Timothy Hay 2 lb 🌾🐹 bag', 'HAY-2LB');
  title.run('חטיף גזר وجبة خفيفة', 'TRT-HEB');
  title.run('<script>alert("x")</script> & <b>bold</b>', 'XSS-1');
  const saved = await st.request('PUT', '/api/admin/settings', {
    token: st.admin.access,
    body: { seller: { name: 'Hay Day Pets', address: '400 Barn Road\nSpringfield, IL 62701' } },
  });
  expect(saved.statusCode).toBe(200);
});
afterAll(async () => {
  // SLIP_PREVIEW_DIR=/some/dir keeps a PNG of every slip made here, to look at.
  const preview = process.env.SLIP_PREVIEW_DIR;
  files.forEach((f, i) => {
    if (preview) f.render({ dir: preview, prefix: `slip${String(i).padStart(2, '0')}`, dpi: 80 });
    f.remove();
  });
  await st.close();
});

async function slip(url: string, token = packer): Promise<PdfFile> {
  const res = await st.request('GET', url, { token });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  const file = pdfFile(res.rawPayload);
  files.push(file);
  return file;
}

const words = (text: string) => text.replace(/\s+/g, ' ');

describe('GET /api/orders/{id}/packing-slip', () => {
  it('is a letter page with the order number, its barcode, ship-to, every SKU and the short wording', async () => {
    const res = await st.request('GET', `/api/orders/${ids.get('1')}/packing-slip`, {
      token: packer,
    });
    expect(res.headers['content-disposition']).toBe('inline; filename="packing-slip-CC-1.pdf"');
    const pdf = pdfFile(res.rawPayload);
    files.push(pdf);
    expect(pdf.info()).toEqual({ pages: 1, width: 612, height: 792 });
    const text = words(pdf.text());
    for (const expected of [
      'PACKING SLIP',
      'CC-1',
      'Hay Day Pets',
      '400 Barn Road',
      'Springfield, IL 62701',
      'Ada Lovelace',
      '12 Meadow Lane',
      'Portland, OR 97201',
      'HAY-2LB',
      'BED-30L',
      'TOY-B',
      '2 back-ordered — out of stock',
      'Out of stock',
      'Items marked out of stock are not in this package.',
      'Thank you for your order from Hay Day Pets!',
    ]) {
      expect(text).toContain(expected);
    }
    // Emoji are dropped, not drawn as boxes or question marks.
    expect(text).toContain('Timothy Hay 2 lb bag');
    expect(pdf.barcodes()).toEqual(['CC-1']);
    expect(pdf.fonts().every((f) => f.embedded)).toBe(true);
  });

  it('comes in A4 and 4×6 label sizes with the same content, and its barcode still scans', async () => {
    const a4 = await slip(`/api/orders/${ids.get('1')}/packing-slip?size=a4`);
    expect(a4.info()).toMatchObject({ pages: 1, width: 595.28, height: 841.89 });
    const label = await slip(`/api/orders/${ids.get('1')}/packing-slip?size=4x6`);
    expect(label.info()).toEqual({ pages: 1, width: 288, height: 432 });
    for (const pdf of [a4, label]) {
      const text = words(pdf.text());
      for (const sku of ['HAY-2LB', 'BED-30L', 'TOY-B', 'CC-1', 'back-ordered']) {
        expect(text).toContain(sku);
      }
    }
    expect(label.barcodes()).toEqual(['CC-1']);
  });

  it('prints HTML and script tags as the text they are, and Hebrew and Arabic in a font that has them', async () => {
    const pdf = await slip(`/api/orders/${ids.get('2')}/packing-slip`);
    const text = pdf.text();
    expect(words(text)).toContain('<script>alert("x")</script> & <b>bold</b>');
    // pdftotext reads a line the way a person does, right to left where it is Hebrew or Arabic:
    // the words come back in order only when they were drawn in visual order.
    expect(text.replace(/[\u202a-\u202e]/g, '')).toContain('חטיף גזר وجبة خفيفة');
    expect(text).not.toContain('?');
    expect(pdf.fonts().map((f) => f.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(
      expect.arrayContaining([expect.stringMatching(/Roboto/), expect.stringMatching(/DejaVu/)]),
    );
  });

  it('says PACKED with packed counts once the order is packed, and TO PACK before', async () => {
    const before = words((await slip(`/api/orders/${ids.get('2')}/packing-slip`)).text());
    expect(before).toContain('TO PACK');
    const packed = await st.request('POST', `/api/orders/${ids.get('2')}/mark-packed`, {
      token: packer,
      body: { skip_verification: true },
    });
    expect(packed.statusCode, packed.body).toBe(200);
    const after = words((await slip(`/api/orders/${ids.get('2')}/packing-slip`)).text());
    expect(after).toContain('PACKED');
    expect(after).not.toContain('TO PACK');
  });

  it('spreads a 40-line order over pages without splitting a line, numbering the pages', async () => {
    const lines = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [`BIG-${String(i + 1).padStart(2, '0')}`, i + 1]),
    );
    const big = seedOrders(st.ctx.db, [{ ext: 'BIG', createdAt: '2026-11-20T09:00:00Z', lines }]);
    // Long titles make rows wrap, the case that splits rows when a layout gets it wrong.
    st.ctx.db.$client
      .prepare(
        "update order_items set title = title || ' with a long description that has to wrap onto a second line of the table cell' where sku like 'BIG-%'",
      )
      .run();
    const pdf = await slip(`/api/orders/${big.get('BIG')}/packing-slip`);
    const { pages } = pdf.info();
    expect(pages).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const text = pdf.text(page);
      expect(words(text)).toContain(`CC-BIG · page ${page} of ${pages}`);
      // Each row is whole on its page: SKU, quantities and its note ("n not picked yet") together.
      const rows = text.split('\n').filter((l) => /BIG-\d\d/.test(l));
      for (const row of rows) {
        const [sku] = /BIG-\d\d/.exec(row)!;
        expect(row).toMatch(
          new RegExp(`${sku}\\s+Product ${sku} with a .*\\s${Number(sku.slice(4))}\\s+0$`),
        );
        seen.push(sku);
      }
      expect(text.match(/\d+ not picked yet/g)).toHaveLength(rows.length);
    }
    expect(seen).toEqual(Object.keys(lines));
    // Only the first page carries the order barcode.
    expect(pdf.barcodes(1)).toEqual(['CC-BIG']);
    expect(pdf.barcodes(2)).toEqual([]);
  });

  it('draws the seller logo from settings, and still prints the slip when the logo is corrupt', async () => {
    const setLogo = (logo: string | null) =>
      st.request('PUT', '/api/admin/settings', {
        token: st.admin.access,
        body: { seller: { logo } },
      });
    expect(
      (await setLogo(`data:image/png;base64,${tinyPng().toString('base64')}`)).statusCode,
    ).toBe(200);
    expect((await slip(`/api/orders/${ids.get('1')}/packing-slip`)).images()).toBe(1);
    const corrupt = Buffer.concat([tinyPng().subarray(0, 8), Buffer.from('not really a png')]);
    expect((await setLogo(`data:image/png;base64,${corrupt.toString('base64')}`)).statusCode).toBe(
      200,
    );
    const pdf = await slip(`/api/orders/${ids.get('1')}/packing-slip`);
    expect(pdf.images()).toBe(0);
    expect(words(pdf.text())).toContain('Hay Day Pets');
    await setLogo(null);
  });

  it('answers 404 for an order that does not exist and 400 for a size it does not know', async () => {
    const missing = await st.request('GET', '/api/orders/999999/packing-slip', { token: packer });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({
      code: 'order_not_found',
      message: 'There is no order 999999.',
    });
    const size = await st.request('GET', `/api/orders/${ids.get('1')}/packing-slip?size=legal`, {
      token: packer,
    });
    expect(size.statusCode).toBe(400);
  });

  it('is for packers: pickers and strangers are turned away', async () => {
    const picker = (await st.userWithRole('picker')).access;
    expect(
      (await st.request('GET', `/api/orders/${ids.get('1')}/packing-slip`, { token: picker }))
        .statusCode,
    ).toBe(403);
    expect((await st.request('GET', `/api/orders/${ids.get('1')}/packing-slip`)).statusCode).toBe(
      401,
    );
  });
});

describe('POST /api/orders/packing-slips', () => {
  it('puts many orders in one PDF, each on its own page, in the order asked for', async () => {
    const res = await st.request('POST', '/api/orders/packing-slips', {
      token: packer,
      body: { order_ids: [ids.get('2'), ids.get('1'), ids.get('2')], size: '4x6' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      'inline; filename="packing-slips-2-orders.pdf"',
    );
    const pdf = pdfFile(res.rawPayload);
    files.push(pdf);
    expect(pdf.info()).toMatchObject({ pages: 2, width: 288, height: 432 });
    expect(pdf.barcodes(1)).toEqual(['CC-2']);
    expect(pdf.barcodes(2)).toEqual(['CC-1']);
    expect(words(pdf.text(2))).toContain('Ada Lovelace');
  });

  it('answers the same batch as a link, for the desktop window that prints by URL', async () => {
    const url = `/api/orders/packing-slips?ids=${ids.get('1')},${ids.get('2')}&size=a4`;
    const pdf = await slip(url);
    expect(pdf.info()).toMatchObject({ pages: 2, width: 595.28 });
    expect(pdf.barcodes(2)).toEqual(['CC-2']);
    const bad = await st.request('GET', '/api/orders/packing-slips?ids=1;2', { token: packer });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('order ids separated by commas');
  });

  it('refuses the whole batch when an id is not an order, naming it', async () => {
    const res = await st.request('POST', '/api/orders/packing-slips', {
      token: packer,
      body: { order_ids: [ids.get('1'), 424242, 434343] },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({
      code: 'order_not_found',
      message: 'There are no orders 424242, 434343.',
      details: { order_ids: [424242, 434343] },
    });
    const empty = await st.request('POST', '/api/orders/packing-slips', {
      token: packer,
      body: { order_ids: [] },
    });
    expect(empty.statusCode).toBe(400);
  });
});

/** A valid 2×2 red PNG, built here so the test needs no binary fixture. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.from([0, 255, 0, 0, 255, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat([row, row]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
