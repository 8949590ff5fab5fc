import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as s from '../../db/schema';
import { DatabaseTooNewError, openDatabase } from './database';
import { migrationsDir } from './paths';

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'ws-db-')), 'station.db');
const journal = () =>
  JSON.parse(readFileSync(join(migrationsDir(), 'meta', '_journal.json'), 'utf8')) as {
    entries: unknown[];
  };

describe('database', () => {
  it('applies every migration to an empty database, with WAL and foreign keys on', () => {
    const db = openDatabase(tempDb());
    const applied = db.$client.prepare('select count(*) as n from __drizzle_migrations').get() as {
      n: number;
    };
    expect(applied.n).toBe(journal().entries.length);
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    db.$client.close();
  });

  it('is idempotent: opening again applies nothing and keeps the data', () => {
    const file = tempDb();
    const first = openDatabase(file);
    first.insert(s.products).values({ sku: 'HAY-1', title: 'Hay' }).run();
    const tables = first.$client
      .prepare("select name from sqlite_master where type='table' order by name")
      .all();
    first.$client.close();

    const again = openDatabase(file);
    expect(
      again.$client
        .prepare("select name from sqlite_master where type='table' order by name")
        .all(),
    ).toEqual(tables);
    expect(again.$client.prepare('select count(*) as n from __drizzle_migrations').get()).toEqual({
      n: journal().entries.length,
    });
    expect(again.select().from(s.products).all()).toHaveLength(1);
    again.$client.close();
  });

  it('makes every domain table STRICT, so a wrong type is refused rather than stored', () => {
    const db = openDatabase(tempDb());
    const loose = db.$client
      .prepare(
        "select name from pragma_table_list where schema='main' and type='table' and strict=0 and name not like 'sqlite_%' and name != '__drizzle_migrations'",
      )
      .all();
    expect(loose).toEqual([]);
    expect(() =>
      db.$client
        .prepare("insert into products (sku, title, reorder_point) values ('X', 'X', 'lots')")
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
    db.$client.close();
  });

  it('refuses to start on a database written by a newer version, with a message a person can act on', () => {
    const file = tempDb();
    const db = openDatabase(file);
    db.$client
      .prepare('insert into __drizzle_migrations (hash, created_at) values (?, ?)')
      .run('future', Date.now() + 10 ** 10);
    db.$client.close();
    expect(() => openDatabase(file)).toThrow(DatabaseTooNewError);
    expect(() => openDatabase(file)).toThrow(/newer version of Warehouse Station/);
  });

  it('round-trips the main entities of the unified domain', () => {
    const db = openDatabase(tempDb());
    const user = db
      .insert(s.users)
      .values({ username: 'ana', passwordHash: 'x', role: 'picker' })
      .returning()
      .get();
    const product = db
      .insert(s.products)
      .values({
        sku: 'HAY-TIM-2LB',
        title: 'Timothy 2 lb',
        category: 'Hay',
        barcode: '0860001234562',
        binLocation: 'A-12-3',
        reorderPoint: 5,
        priceCents: 1299,
      })
      .returning()
      .get();
    const order = db
      .insert(s.orders)
      .values({
        channel: 'storefront',
        externalOrderId: '98123',
        number: 'CC-10482',
        createdAt: '2026-11-19T09:12:44.000Z',
        shippingAddress: { name: 'Ana Ruiz', city: 'Dayton' },
      })
      .returning()
      .get();
    const item = db
      .insert(s.orderItems)
      .values({
        orderId: order.id,
        productId: product.id,
        sku: product.sku,
        title: product.title,
        qtyOrdered: 2,
      })
      .returning()
      .get();
    const pick = db
      .insert(s.pickEvents)
      .values({
        productId: product.id,
        sku: product.sku,
        qty: 1,
        userId: user.id,
        device: 'handheld-1',
      })
      .returning()
      .get();
    db.insert(s.pickAllocations)
      .values({ pickEventId: pick.id, orderItemId: item.id, qty: 1 })
      .run();
    db.insert(s.stockExceptions)
      .values({
        productId: product.id,
        sku: product.sku,
        productTitle: product.title,
        qtyShort: 1,
        orderNumbers: ['CC-10482'],
        allocations: [{ order_id: order.id, item_id: item.id, qty: 1 }],
      })
      .run();
    db.insert(s.stockMovements)
      .values({
        productId: product.id,
        type: 'RECEIVE',
        quantityChange: 10,
        quantityBefore: 0,
        quantityAfter: 10,
        userId: user.id,
      })
      .run();
    db.insert(s.shipments)
      .values({ orderId: order.id, carrier: 'USPS', trackingNumber: '9400' })
      .run();
    const supplier = db.insert(s.suppliers).values({ name: 'Hay Farm' }).returning().get();
    const po = db
      .insert(s.purchaseOrders)
      .values({ poNumber: 'PO-0001', supplierId: supplier.id })
      .returning()
      .get();
    db.insert(s.purchaseOrderLines)
      .values({
        purchaseOrderId: po.id,
        productId: product.id,
        sku: product.sku,
        quantityOrdered: 50,
        unitCostCents: 400,
      })
      .run();
    const fba = db.insert(s.fbaShipments).values({ name: 'FBA Dec' }).returning().get();
    db.insert(s.fbaShipmentItems)
      .values({ fbaShipmentId: fba.id, productId: product.id, sku: product.sku, quantity: 20 })
      .run();
    db.insert(s.amazonInventorySnapshots)
      .values({ sku: product.sku, productId: product.id, fulfillable: 7 })
      .run();
    db.insert(s.jobRuns)
      .values({
        job: 'storefront_sync',
        trigger: 'manual',
        status: 'ok',
        startedAt: new Date().toISOString(),
        counts: { orders_created: 1 },
      })
      .run();
    db.insert(s.notificationLog)
      .values({ channel: 'email', kind: 'out_of_stock', recipients: ['a@b.c'], status: 'sent' })
      .run();
    db.insert(s.dailySalesMetrics)
      .values({
        date: '2026-11-19',
        sku: product.sku,
        channel: 'storefront',
        units: 2,
        revenueCents: 2598,
      })
      .run();

    const readOrder = db.query.orders.findFirst({ where: eq(s.orders.id, order.id) }).sync();
    expect(readOrder?.shippingAddress).toEqual({ name: 'Ana Ruiz', city: 'Dayton' });
    expect(readOrder?.status).toBe('open');
    expect(db.select().from(s.orderItems).get()).toMatchObject({
      qtyOrdered: 2,
      qtyPicked: 0,
      qtyShort: 0,
      qtyPacked: 0,
    });
    expect(db.select().from(s.stockExceptions).get()?.orderNumbers).toEqual(['CC-10482']);
    expect(db.select().from(s.jobRuns).get()?.counts).toEqual({ orders_created: 1 });
    expect(db.select().from(s.products).get()).toMatchObject({
      isHazmat: false,
      isActive: true,
      priceCents: 1299,
    });
    expect(db.select().from(s.purchaseOrders).get()?.status).toBe('DRAFT');
    // Foreign keys hold: an item can't point at a missing order.
    expect(() =>
      db
        .insert(s.orderItems)
        .values({ orderId: 999, productId: product.id, sku: 'X', title: 'X', qtyOrdered: 1 })
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.$client.close();
  });
});
