import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../platform/database';
import { WriteQueue } from '../platform/write-queue';
import {
  correctShipment,
  insertShipment,
  shipmentById,
  storedShipment,
  voidShipment,
  type NewShipment,
} from './shipments';

let db: Db;
let writes: WriteQueue;
let shipment: NewShipment;

beforeEach(() => {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'ws-shipments-')), 'station.db'));
  writes = new WriteQueue(db);
  const insert = (sql: string) => Number(db.$client.prepare(sql).run().lastInsertRowid);
  shipment = {
    order_id: insert(
      `insert into orders (channel, external_order_id, number, status, created_at)
       values ('amazon_fbm', 'x1', 'CC-1', 'shipped', '2026-11-20T10:00:00.000Z')`,
    ),
    carrier: 'USPS',
    tracking_number: '9400100000000000000000',
    weight_oz: 12,
    shipping_cost_cents: 895,
    user_id: insert(
      "insert into users (username, password_hash, role) values ('p', 'x', 'packer')",
    ),
    shipped_at: '2026-11-20T12:00:00.000Z',
    channel_sync_status: 'pending',
  };
});
afterEach(() => db.$client.close());

const syncState = (id: number) =>
  db.$client
    .prepare(
      'select channel_sync_status, channel_sync_error, channel_sync_attempts from shipments where id = ?',
    )
    .get(id);

describe('shipments', () => {
  it('shows a new shipment with its packer, money in dollars and the carrier its number belongs to', async () => {
    const id = await writes.run((tx) => insertShipment(tx, shipment));
    expect(shipmentById(db, id)).toEqual({
      id,
      order_id: shipment.order_id,
      carrier: 'USPS',
      tracking_number: '9400100000000000000000',
      carrier_detected: 'USPS',
      weight_oz: 12,
      shipping_cost: 8.95,
      shipped_at: '2026-11-20T12:00:00.000Z',
      shipped_by: 'p',
      channel_sync_status: 'pending',
      channel_sync_error: null,
      voided_at: null,
    });
    expect(storedShipment(db, shipment.order_id, id)).toMatchObject({
      number: 'CC-1',
      channel: 'amazon_fbm',
    });
    expect(storedShipment(db, shipment.order_id + 1, id)).toBeUndefined();
  });

  it('starts a failed confirmation over only when asked, and keeps it as it was otherwise', async () => {
    const id = await writes.run((tx) => insertShipment(tx, shipment));
    db.$client
      .prepare(
        "update shipments set channel_sync_status = 'error', channel_sync_error = 'bad number', channel_sync_attempts = 3",
      )
      .run();
    const fields = {
      carrier: 'UPS',
      tracking_number: '1Z',
      weight_oz: null,
      shipping_cost_cents: 0,
    };
    await writes.run((tx) => correctShipment(tx, id, fields, false));
    expect(syncState(id)).toEqual({
      channel_sync_status: 'error',
      channel_sync_error: 'bad number',
      channel_sync_attempts: 3,
    });
    expect(shipmentById(db, id)).toMatchObject({
      carrier: 'UPS',
      weight_oz: null,
      shipping_cost: 0,
    });
    await writes.run((tx) => correctShipment(tx, id, fields, true));
    expect(syncState(id)).toEqual({
      channel_sync_status: 'pending',
      channel_sync_error: null,
      channel_sync_attempts: 0,
    });
  });

  it('voids, cancelling a confirmation not sent yet but not one that was never needed', async () => {
    const pending = await writes.run((tx) => insertShipment(tx, shipment));
    const skipped = await writes.run((tx) =>
      insertShipment(tx, { ...shipment, channel_sync_status: 'skipped' }),
    );
    const at = '2026-11-21T09:00:00.000Z';
    await writes.run((tx) => {
      voidShipment(tx, pending, at);
      voidShipment(tx, skipped, at);
    });
    expect(shipmentById(db, pending)).toMatchObject({
      voided_at: at,
      channel_sync_status: 'cancelled',
    });
    expect(shipmentById(db, skipped)).toMatchObject({
      voided_at: at,
      channel_sync_status: 'skipped',
    });
  });
});
