import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testStation, type TestStation } from '../../testing/test-station';
import type { StationEvent } from '../../contract/events';
import { onHand } from '../inventory/ledger';
import { orderDetail } from './order-detail';
import { pendingShipment } from '../../store/order-summaries';
import { seedReadyOrders } from '../../testing/packing-fixtures';
import { PackingService, type Packer } from './packing-service';
import { ShipmentCorrections } from './shipment-corrections';

let st: TestStation;
let packing: PackingService;
let corrections: ShipmentCorrections;
let packer: Packer;
let events: StationEvent[];

beforeEach(async () => {
  st = await testStation();
  packing = new PackingService(st.ctx.db, st.ctx.writes, st.ctx.bus);
  corrections = new ShipmentCorrections(st.ctx.db, st.ctx.writes, st.ctx.bus);
  packer = await st.userWithRole('packer');
  events = [];
  st.ctx.bus.subscribe((e) => events.push(e));
});
afterEach(() => st.close());

const usps = { carrier: 'USPS', tracking_number: '9400100000000000000000' };
const run = (sql: string, ...params: unknown[]) => st.ctx.db.$client.prepare(sql).run(...params);
const productId = (sku: string) =>
  (st.ctx.db.$client.prepare('select id from products where sku = ?').get(sku) as { id: number })
    .id;

/** A shipped order of 2 × HAY-1 and 1 × BED-1, from a shelf that held 10 HAY-1. */
async function shippedOrder(channel: 'storefront' | 'amazon_fbm' = 'storefront') {
  const ids = await seedReadyOrders(st, [
    { ext: '7', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2, 'BED-1': 1 }, channel },
  ]);
  const id = ids.get('7')!;
  run(
    `insert into stock_movements (product_id, type, quantity_change, quantity_before, quantity_after)
     values (?, 'RECEIVE', 10, 0, 10)`,
    productId('HAY-1'),
  );
  await packing.markPacked(id, true, packer);
  const shipment = await packing.ship(id, usps, packer);
  return { id, shipment };
}

describe('editing a shipment', () => {
  it('corrects the tracking number and carrier, says what the number looks like, and records it', async () => {
    const { id, shipment } = await shippedOrder();
    const edited = await corrections.edit(
      id,
      shipment.id,
      { carrier: 'UPS', tracking_number: '1Z999AA10123456784', weight_oz: 12 },
      packer,
    );
    expect(edited).toMatchObject({
      id: shipment.id,
      carrier: 'UPS',
      tracking_number: '1Z999AA10123456784',
      carrier_detected: 'UPS',
      weight_oz: 12,
    });
    expect(orderDetail(st.ctx.db, id).events[0]).toMatchObject({
      type: 'shipment_edited',
      by: packer.username,
      detail: {
        shipment_id: shipment.id,
        changes: {
          carrier: { from: 'USPS', to: 'UPS' },
          tracking_number: { from: usps.tracking_number, to: '1Z999AA10123456784' },
          weight_oz: { from: null, to: 12 },
        },
      },
    });
  });

  it('reports a carrier the number does not look like, and accepts it', async () => {
    const { id, shipment } = await shippedOrder();
    const edited = await corrections.edit(
      id,
      shipment.id,
      { tracking_number: '1Z999AA10123456784' },
      packer,
    );
    expect(edited).toMatchObject({ carrier: 'USPS', carrier_detected: 'UPS' });
  });

  it('writes nothing when nothing changes', async () => {
    const { id, shipment } = await shippedOrder();
    await corrections.edit(id, shipment.id, { carrier: 'USPS' }, packer);
    expect(orderDetail(st.ctx.db, id).events[0]?.type).toBe('shipped');
  });

  it('once the channel has it, refuses carrier and tracking but still corrects weight and cost', async () => {
    const { id, shipment } = await shippedOrder('amazon_fbm');
    run(`update shipments set channel_sync_status = 'ok' where id = ?`, shipment.id);
    await expect(
      corrections.edit(id, shipment.id, { tracking_number: '9400100000000000000001' }, packer),
    ).rejects.toMatchObject({
      status: 409,
      code: 'already_confirmed',
      message: expect.stringContaining('in Seller Central'),
    });
    expect(
      await corrections.edit(id, shipment.id, { shipping_cost_cents: 795 }, packer),
    ).toMatchObject({ tracking_number: usps.tracking_number, shipping_cost: 7.95 });
  });

  it('sends a confirmation that failed again once its tracking number is corrected', async () => {
    const { id, shipment } = await shippedOrder('amazon_fbm');
    run(
      `update shipments set channel_sync_status = 'error', channel_sync_error = 'Invalid tracking',
              channel_sync_attempts = 3 where id = ?`,
      shipment.id,
    );
    expect(
      await corrections.edit(
        id,
        shipment.id,
        { tracking_number: '9400100000000000000001' },
        packer,
      ),
    ).toMatchObject({ channel_sync_status: 'pending', channel_sync_error: null });
  });

  it('is 404 for a shipment of another order', async () => {
    const { shipment } = await shippedOrder();
    await expect(
      corrections.edit(999, shipment.id, { carrier: 'UPS' }, packer),
    ).rejects.toMatchObject({ status: 404, code: 'shipment_not_found' });
  });
});

describe('voiding a shipment', () => {
  it('puts the stock back, makes the order packed again and records it', async () => {
    const { id, shipment } = await shippedOrder();
    expect(onHand(st.ctx.db, productId('HAY-1'))).toBe(8);
    const voided = await corrections.void(id, shipment.id, packer);
    expect(voided).toMatchObject({ id: shipment.id, voided_at: expect.any(String) });
    expect(onHand(st.ctx.db, productId('HAY-1'))).toBe(10);
    expect(onHand(st.ctx.db, productId('BED-1'))).toBe(0);
    const order = orderDetail(st.ctx.db, id);
    expect(order).toMatchObject({ status: 'packed', shipped_at: null });
    expect(order.events[0]).toMatchObject({
      type: 'shipment_voided',
      by: packer.username,
      detail: { shipment_id: shipment.id, tracking_number: usps.tracking_number },
    });
    expect(pendingShipment(st.ctx.db).map((o) => o.id)).toEqual([id]);
    expect(events.filter((e) => e.type === 'order_packed').at(-1)?.data).toMatchObject({
      order_id: id,
      voided_shipment_id: shipment.id,
    });
  });

  it('reverses only the live shipment when an order is shipped, voided and shipped again', async () => {
    const { id, shipment } = await shippedOrder();
    await corrections.void(id, shipment.id, packer);
    const again = await packing.ship(
      id,
      { carrier: 'UPS', tracking_number: '1Z999AA10123456784' },
      packer,
    );
    expect(onHand(st.ctx.db, productId('HAY-1'))).toBe(8);
    await corrections.void(id, again.id, packer);
    expect(onHand(st.ctx.db, productId('HAY-1'))).toBe(10);
    await expect(corrections.void(id, shipment.id, packer)).rejects.toMatchObject({
      status: 409,
      code: 'shipment_voided',
    });
  });

  it('cancels a confirmation not sent yet, so the channel is never told', async () => {
    const { id, shipment } = await shippedOrder('amazon_fbm');
    expect(shipment.channel_sync_status).toBe('pending');
    expect(await corrections.void(id, shipment.id, packer)).toMatchObject({
      channel_sync_status: 'cancelled',
    });
  });

  it('refuses once the channel was told, saying where to fix it, and changes nothing', async () => {
    const { id, shipment } = await shippedOrder('amazon_fbm');
    run(`update shipments set channel_sync_status = 'ok' where id = ?`, shipment.id);
    await expect(corrections.void(id, shipment.id, packer)).rejects.toMatchObject({
      status: 409,
      code: 'already_confirmed',
      message: expect.stringMatching(/^Amazon was already told order .* in Seller Central/),
    });
    expect(orderDetail(st.ctx.db, id).status).toBe('shipped');
    expect(onHand(st.ctx.db, productId('HAY-1'))).toBe(8);
  });
});
