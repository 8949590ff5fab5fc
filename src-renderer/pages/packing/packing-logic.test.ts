import { describe, expect, it } from 'vitest';
import type { OrderItem, OrderSummary } from '../../api/types';
import {
  addressLines,
  lineState,
  optionalNumber,
  recentlyDone,
  ShortcutGate,
} from './packing-logic';

const item = (over: Partial<OrderItem>): OrderItem => ({
  id: 1,
  sku: 'A',
  title: 'A',
  barcode: null,
  bin_location: null,
  qty_ordered: 2,
  qty_picked: 2,
  qty_short: 0,
  qty_packed: 0,
  qty_verified: 0,
  qty_return_to_shelf: 0,
  ...over,
});

describe('lineState', () => {
  it('is pending until every picked unit is scanned', () => {
    expect(lineState(item({ qty_verified: 1 }))).toBe('pending');
    expect(lineState(item({ qty_verified: 2 }))).toBe('complete');
  });
  it('is short when nothing was picked', () => {
    expect(lineState(item({ qty_picked: 0, qty_short: 2 }))).toBe('short');
  });
  it('counts a partly short line complete once its picked units are scanned', () => {
    expect(lineState(item({ qty_picked: 1, qty_short: 1, qty_verified: 1 }))).toBe('complete');
  });
});

describe('ShortcutGate', () => {
  it('fires a lone key after the quiet time', () => {
    const gate = new ShortcutGate<string>(80);
    gate.press(0, 'print');
    expect(gate.due(50)).toBeNull();
    expect(gate.due(90)).toBe('print');
    expect(gate.due(200)).toBeNull();
  });
  it('drops keys that are followed quickly by more keys (a scan)', () => {
    const gate = new ShortcutGate<string>(80);
    gate.press(0, 'print');
    gate.press(5, null);
    gate.press(10, 'pack');
    gate.cancel();
    expect(gate.due(500)).toBeNull();
  });
});

describe('helpers', () => {
  it('formats an address without blanks', () => {
    expect(
      addressLines({ name: 'Ann', line1: '1 Main St', city: 'Austin', state: 'TX' }, null),
    ).toEqual(['Ann', '1 Main St', 'Austin, TX']);
    expect(addressLines(null, 'Bob')).toEqual(['Bob']);
  });
  it('reads optional numbers', () => {
    expect(optionalNumber(' ')).toBeUndefined();
    expect(optionalNumber('8.5')).toBe(8.5);
    expect(optionalNumber('8,5')).toBeNaN();
  });
  it('merges packed and shipped orders, newest first, without repeats', () => {
    const o = (id: number, packed_at: string, shipped_at: string | null = null) =>
      ({ id, packed_at, shipped_at, created_at: '2026-01-01' }) as OrderSummary;
    const list = recentlyDone(
      [o(1, '2026-03-01')],
      [o(2, '2026-02-01', '2026-03-02'), o(1, '2026-03-01')],
    );
    expect(list.map((x) => x.id)).toEqual([2, 1]);
  });
});
