import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Product } from '../../contract/products';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let token: string;

beforeEach(async () => {
  st = await testStation();
  token = st.admin.access;
});
afterEach(() => st.close());

const send = (method: 'GET' | 'POST' | 'PUT', url: string, body?: object, as = token) =>
  st.request(method, url, { token: as, ...(body && { body }) });
const csv = (text: string | Buffer, dryRun = false) =>
  st.request('POST', `/api/products/import${dryRun ? '?dry_run=true' : ''}`, {
    token,
    body: text,
    headers: { 'content-type': 'text/csv' },
  });
const row = (text: string, ...args: unknown[]) => st.ctx.db.$client.prepare(text).get(...args);
const state = () => ({
  products: st.ctx.db.$client.prepare('select * from products order by id').all(),
  movements: st.ctx.db.$client.prepare('select * from stock_movements order by id').all(),
});

describe('products API', () => {
  it('creates, reads, changes a subset and lists; money in currency units, cents in the database', async () => {
    const created = await send('POST', '/api/products', {
      sku: 'HAY-1',
      title: 'Timothy hay 1 kg',
      category: 'Hay',
      cost: 3.5,
      price: 12.95,
      weight_oz: 35.3,
      is_hazmat: false,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      sku: 'HAY-1',
      cost: 3.5,
      price: 12.95,
      reorder_point: 0,
      is_active: true,
      needs_count: false,
    });
    expect(row('select cost_cents, price_cents from products')).toEqual({
      cost_cents: 350,
      price_cents: 1295,
    });
    expect((await send('POST', '/api/products', { sku: 'HAY-1', title: 'Again' })).statusCode).toBe(
      409,
    );
    expect(
      (await send('POST', '/api/products', { sku: 'X', title: 'x', price: 1.234 })).json(),
    ).toMatchObject({ error: { details: { field: 'price' } } });

    const changed = await send('PUT', '/api/products/HAY-1', {
      bin_location: 'B-2',
      price: 13,
      category: '',
      is_active: false,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      title: 'Timothy hay 1 kg',
      bin_location: 'B-2',
      price: 13,
      cost: 3.5,
      category: null,
      is_active: false,
    });
    expect((await send('PUT', '/api/products/HAY-1', { sku: 'HAY-2' })).statusCode).toBe(400);
    expect((await send('PUT', '/api/products/NOPE', { title: 'x' })).statusCode).toBe(404);
    expect((await send('GET', '/api/products/NOPE')).statusCode).toBe(404);

    await send('POST', '/api/products', { sku: 'BED-1', title: 'Bedding', category: 'Bed' });
    const picker = await st.userWithRole('picker');
    const list = async (query: string) =>
      (
        (await send('GET', `/api/products?${query}`, undefined, picker.access)).json()
          .products as Product[]
      ).map((p) => p.sku);
    expect(await list('')).toEqual(['BED-1', 'HAY-1']);
    expect(await list('q=timothy')).toEqual(['HAY-1']);
    expect(await list('category=Bed')).toEqual(['BED-1']);
    expect(await list('active=false')).toEqual(['HAY-1']);
    expect((await send('GET', '/api/products/HAY-1', undefined, picker.access)).statusCode).toBe(
      200,
    );
    expect(
      (await send('POST', '/api/products', { sku: 'Z', title: 'z' }, picker.access)).statusCode,
    ).toBe(403);
  });
});

describe('POST /api/products/import', () => {
  const GOOD = [
    '\uFEFFsku,title,barcode,bin_location,price,is_hazmat,on_hand',
    'HAY-1,"Timothy hay, 1 kg",0123,A-1,12.95,no,10',
    'BED-1,"Bedding ""soft""",,B-1,,yes,0',
    '',
    'TOY-1,"Ball, with a bell",,C-1,2,false,',
  ].join('\r\n');

  it('creates and updates products, records opening stock as a COUNT, and a dry run changes nothing', async () => {
    await send('POST', '/api/products', { sku: 'BED-1', title: 'Old', price: 5 });
    const before = state();
    const dry = await csv(GOOD, true);
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toEqual({ dry_run: true, would_create: 2, would_update: 1, rejected: [] });
    expect(state()).toEqual(before);

    const applied = await csv(GOOD);
    expect(applied.json()).toEqual({
      dry_run: false,
      would_create: 2,
      would_update: 1,
      rejected: [],
    });
    const get = async (sku: string) => (await send('GET', `/api/products/${sku}`)).json();
    expect(await get('HAY-1')).toMatchObject({
      title: 'Timothy hay, 1 kg',
      barcode: '0123',
      price: 12.95,
      is_hazmat: false,
    });
    // An empty cell leaves the field as it was.
    expect(await get('BED-1')).toMatchObject({
      title: 'Bedding "soft"',
      price: 5,
      is_hazmat: true,
    });
    expect(await get('TOY-1')).toMatchObject({ title: 'Ball, with a bell', price: 2 });
    expect(
      st.ctx.db.$client
        .prepare(
          'select p.sku, m.type, m.quantity_change, m.reference_type, m.user_id from stock_movements m join products p on p.id = m.product_id',
        )
        .all(),
    ).toEqual([
      { sku: 'HAY-1', type: 'COUNT', quantity_change: 10, reference_type: 'import', user_id: 1 },
    ]);
    // Imported again with other stock: the COUNT is the difference.
    await csv('sku,title,on_hand\nHAY-1,Timothy hay,7\n');
    expect((await send('GET', '/api/inventory/HAY-1/history')).json().movements[0]).toMatchObject({
      type: 'COUNT',
      quantity_change: -3,
      quantity_after: 7,
    });
  });

  it('names every rejected row and applies the others', async () => {
    const file = [
      'sku,title,price,on_hand,is_active,asin',
      'OK-1,Fine,1.50,3,true,',
      ',No SKU,1,,,',
      'NO-TITLE,,1,,,',
      'BAD-PRICE,Price,12;95,,,',
      'CENTS,Price,1.999,,,',
      'NEG,Stock,,-1,,',
      'FLAG,Flag,,,maybe,',
      'ASIN,Asin,,,,b07',
      'SHORT,Short',
      'OK-1,Twice,,,,',
      'CTRL,Bell\u0007,,,,',
      'LINES,"Two',
      'lines",,,,',
      'OK-2,Also fine,,,,',
      'LATE,,,,,',
    ].join('\n');
    const dry = (await csv(file, true)).json();
    expect(dry).toMatchObject({ would_create: 2, would_update: 0 });
    expect(dry.rejected.map((r: { line: number }) => r.line)).toEqual([
      3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 16,
    ]);
    expect(dry.rejected[0].reason).toContain('"sku"');
    expect(dry.rejected[1].reason).toContain('"title"');
    expect(dry.rejected[2].reason).toContain('"price"');
    expect(dry.rejected[3].reason).toContain('"price"');
    expect(dry.rejected[4].reason).toContain('"on_hand"');
    expect(dry.rejected[5].reason).toContain('"is_active"');
    expect(dry.rejected[6].reason).toContain('"asin"');
    expect(dry.rejected[7].reason).toBe('The row has 2 cells; the header names 6 columns.');
    expect(dry.rejected[8].reason).toBe('The SKU "OK-1" is already on line 2.');
    expect(dry.rejected[9].reason).toContain('"title"');
    expect(dry.rejected[10].reason).toBe('"title" must be one line of plain text.');
    const applied = (await csv(file)).json();
    expect(applied.rejected).toEqual(dry.rejected);
    expect(st.ctx.db.$client.prepare('select sku from products order by sku').all()).toEqual([
      { sku: 'OK-1' },
      { sku: 'OK-2' },
    ]);
  });

  it('refuses a file it cannot read as a whole, changing nothing', async () => {
    const latin1 = Buffer.from('sku,title\nCAF-1,Caf\xe9 au lait\n', 'latin1');
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('sku,title\nA,B\n', 'utf16le'),
    ]);
    for (const [body, code] of [
      [latin1, 'wrong_encoding'],
      [utf16, 'wrong_encoding'],
      ['sku,title\nA,"open quote\n', 'invalid_csv'],
      ['sku,name\nA,B\n', 'invalid_csv'],
      ['title\nB\n', 'invalid_csv'],
      ['sku,title,sku\nA,B,C\n', 'invalid_csv'],
      ['\r\n\r\n', 'invalid_csv'],
    ] as const) {
      const res = await csv(body);
      expect(res.statusCode, String(body)).toBe(400);
      expect(res.json().error.code).toBe(code);
    }
    expect((await csv('')).statusCode).toBe(400);
    const json = await send('POST', '/api/products/import', { sku: 'A' });
    expect(json.statusCode).toBe(400);
    expect(state().products).toEqual([]);
  });

  it('imports a large file with opening stock in one go', async () => {
    const lines = ['sku,title,category,bin_location,reorder_point,cost,price,on_hand'];
    for (let n = 0; n < 10_000; n++) {
      lines.push(
        `SKU-${n},Product number ${n} with the longer title a real catalogue has for its listings,Cat ${n % 20},A-${n % 300},5,1.25,3.99,${n % 50}`,
      );
    }
    const file = lines.join('\n');
    expect(file.length).toBeGreaterThan(1024 * 1024);
    const started = Date.now();
    const res = await csv(file);
    const took = Date.now() - started;
    expect(res.json()).toMatchObject({ would_create: 10_000, rejected: [] });
    expect(row('select count(*) as n from products')).toEqual({ n: 10_000 });
    expect(row('select count(*) as n, sum(quantity_change) as units from stock_movements')).toEqual(
      {
        n: 9_800,
        units: (200 * (49 * 50)) / 2,
      },
    );
    // The bar is 3 s on the desk PC; a loaded test machine gets slack.
    expect(took).toBeLessThan(15_000);
    const huge = await csv(`sku,title\n${'x,y\n'.repeat(3 * 1024 * 1024)}`);
    expect(huge.statusCode).toBe(413);
  });
});
