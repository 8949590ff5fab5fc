import { describe, expect, it } from 'vitest';
import { historyText } from './history-text';

const event = (type: string, detail: unknown) => ({ type, at: '', by: null, detail });

describe('order history sentences', () => {
  it('says who picked on which handheld, and when a pick was undone', () => {
    expect(
      historyText(
        event('picked', { sku: 'HAY-1', qty: 2, device_label: 'Handheld 3F2A', undone: false }),
      ),
    ).toBe('Picked 2 × HAY-1 on Handheld 3F2A');
    expect(
      historyText(event('picked', { sku: 'HAY-1', qty: 1, undone: true, undone_by: 'owner' })),
    ).toBe('Picked 1 × HAY-1 — undone by owner');
  });

  it('says import, shorts, packing and shipping plainly', () => {
    expect(
      historyText(event('imported', { source: 'storefront', lines: { 'HAY-1': 2, 'BED-1': 1 } })),
    ).toBe('Imported from the storefront: 2 × HAY-1, 1 × BED-1');
    expect(
      historyText(event('short', { sku: 'BED-1', qty: 1, device_label: 'Chrome on Android' })),
    ).toBe('1 × BED-1 not in stock (short) on Chrome on Android');
    expect(historyText(event('packed', { units: 3, verified: true }))).toBe(
      'Packed 3 units, every item scanned',
    );
    expect(historyText(event('shipped', { carrier: 'UPS', tracking_number: '1Z999' }))).toBe(
      'Shipped with UPS, tracking 1Z999',
    );
    expect(
      historyText(event('quantity_changed', { sku: 'HAY-1', from: 3, to: 1, return_to_shelf: 2 })),
    ).toBe('HAY-1 changed from 3 to 1 by the storefront; 2 units to put back on the shelf');
  });

  it('says what happened to a short, a hand count and a shipment after the fact', () => {
    expect(historyText(event('short_undone', { sku: 'BED-1', qty: 2 }))).toBe(
      'Short of 2 × BED-1 undone: back on the pick list',
    );
    expect(historyText(event('verified_by_hand', { sku: 'HAY-1', code: 'HAY-1', qty: 3 }))).toBe(
      '3 × HAY-1 counted by hand at the desk',
    );
    expect(
      historyText(
        event('shipment_edited', {
          shipment_id: 4,
          changes: { tracking_number: { from: '1Z99', to: '1Z999' } },
        }),
      ),
    ).toBe('Shipment corrected: tracking number 1Z99 → 1Z999');
    expect(
      historyText(
        event('shipment_voided', { shipment_id: 4, carrier: 'UPS', tracking_number: '1Z9' }),
      ),
    ).toBe('Shipment voided (UPS, tracking 1Z9): stock back, packed again');
  });

  it('shows the plain fields of an event it has no sentence for, never hiding it', () => {
    expect(
      historyText(event('label_reprinted', { shipment_id: 4, carrier: 'USPS', device: 'x' })),
    ).toBe('Label reprinted: shipment id 4, carrier USPS');
    expect(historyText(event('verify_reset', null))).toBe('Verify reset');
  });
});
