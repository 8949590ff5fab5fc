import { describe, expect, it } from 'vitest';
import type { OrderDetail, OrderItem, OrderSummary } from '../../api/types';
import {
  addressLines,
  lineState,
  optionalNumber,
  progressText,
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

const order = (over: Partial<OrderDetail>, items: OrderItem[]): OrderDetail =>
  ({
    id: 1,
    number: 'CC-1',
    status: 'open',
    fully_short: false,
    packed_by: null,
    items,
    ...over,
  }) as OrderDetail;

describe('an order still being picked', () => {
  const nothingYet = [
    item({ qty_ordered: 2, qty_picked: 0 }),
    item({ id: 2, qty_ordered: 3, qty_picked: 0 }),
  ];
  const twoOfFive = [
    item({ qty_ordered: 2, qty_picked: 2 }),
    item({ id: 2, qty_ordered: 3, qty_picked: 0 }),
  ];

  it('is not short when nothing is picked yet', () => {
    expect(nothingYet.map(lineState)).toEqual(['picking', 'picking']);
    expect(progressText(order({}, nothingYet))).toBe('Being picked: 0 of 5');
  });

  it('says how far picking is, and nothing is "packed"', () => {
    expect(twoOfFive.map(lineState)).toEqual(['pending', 'picking']);
    expect(progressText(order({}, twoOfFive))).toBe('Being picked: 2 of 5');
  });

  it('counts a line with units still to pick as being picked, even when part of it is short', () => {
    expect(lineState(item({ qty_ordered: 3, qty_picked: 0, qty_short: 1 }))).toBe('picking');
    expect(progressText(order({}, [item({ qty_ordered: 3, qty_picked: 1, qty_short: 1 })]))).toBe(
      'Being picked: 1 of 3, 1 short',
    );
  });
});

describe('progressText', () => {
  const picked = [item({ qty_ordered: 2, qty_picked: 2, qty_verified: 1, qty_packed: 2 })];
  it('says true words for every status', () => {
    expect(progressText(order({ status: 'ready_to_pack' }, picked))).toBe('1 of 2 scanned');
    expect(progressText(order({ status: 'packed', packed_by: 'sam' }, picked))).toBe(
      '2 units packed by sam, not shipped yet',
    );
    expect(progressText(order({ status: 'shipped', packed_by: 'sam' }, picked))).toBe(
      '2 units packed by sam and shipped',
    );
    expect(progressText(order({ status: 'cancelled' }, picked))).toBe(
      'Cancelled: nothing to pack or ship.',
    );
  });
  it("takes fully short from the server's answer", () => {
    const short = [item({ qty_picked: 0, qty_short: 2 })];
    expect(progressText(order({ status: 'ready_to_pack', fully_short: true }, short))).toBe(
      'Nothing to pack: every item of this order was short.',
    );
    expect(
      progressText(order({ status: 'packed', fully_short: true, packed_by: 'sam' }, short)),
    ).toBe('Closed out by sam: every item was short, so nothing was packed.');
  });
});

describe('ShortcutGate', () => {
  it('ignores shortcut letters inside a code typed by hand at human speed', () => {
    const gate = new ShortcutGate<string>(80, 300);
    const fired: string[] = [];
    // "TRT-BIS-PAR", a key every 180 ms: S (ship) and P (print) are letters of the code.
    [...'TRT-BIS-PAR'].forEach((key, i) => {
      const at = 1000 + i * 180;
      const due = gate.due(at);
      if (due) fired.push(due);
      gate.press(at, key === 'P' ? 'print' : key === 'S' ? 'ship' : null);
    });
    const last = gate.due(5000);
    if (last) fired.push(last);
    expect(fired).toEqual([]);
  });
  it('fires a shortcut pressed after a pause', () => {
    const gate = new ShortcutGate<string>(80, 300);
    gate.press(0, null);
    gate.press(200, 'print');
    expect(gate.due(400)).toBeNull();
    gate.press(800, 'print');
    expect(gate.due(900)).toBe('print');
  });

  it('fires a shortcut pressed right after a finished scan', () => {
    const gate = new ShortcutGate<string>(80, 300);
    [...'0860004100058'].forEach((key, i) => gate.press(1000 + i * 5, null));
    gate.cancel(); // the scanner read the burst as a code
    gate.press(1100, 'print');
    expect(gate.due(1200)).toBe('print');
  });

  it('fires a second shortcut soon after one that fired (P, then Shift+P)', () => {
    const gate = new ShortcutGate<string>(80, 300);
    gate.press(1000, 'print');
    expect(gate.due(1100)).toBe('print');
    gate.press(1200, 'pdf');
    expect(gate.due(1300)).toBe('pdf');
  });

  it('fires a lone key after the quiet time', () => {
    const gate = new ShortcutGate<string>(80, 300);
    gate.press(0, 'print');
    expect(gate.due(50)).toBeNull();
    expect(gate.due(90)).toBe('print');
    expect(gate.due(200)).toBeNull();
  });
  it('drops keys that are followed quickly by more keys (a scan)', () => {
    const gate = new ShortcutGate<string>(80, 300);
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
