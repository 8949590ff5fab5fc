import { describe, expect, it } from 'vitest';
import type { OrderDetail, OrderItem, ShipAnswer, Shipment } from '../../api/types';
import {
  desk,
  escapeTarget,
  initialDesk,
  notASlipText,
  packedNote,
  scanPlan,
  shipmentNote,
  shipPlan,
  type DeskEvent,
  type DeskState,
} from './desk';

const item = (over: Partial<OrderItem>): OrderItem => ({
  id: 1,
  sku: 'MUG',
  title: 'Mug',
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

const order = (over: Partial<OrderDetail> = {}): OrderDetail =>
  ({
    id: 7,
    number: 'CC-7',
    status: 'ready_to_pack',
    fully_short: false,
    packed_by: null,
    items: [item({}), item({ id: 2, sku: 'CUP', qty_ordered: 1, qty_picked: 1 })],
    ...over,
  }) as OrderDetail;

const start = initialDesk({ carrier: 'UPS', size: '4x6' });
const run = (state: DeskState, ...events: DeskEvent[]) => events.reduce(desk, state);
const opened = (o = order()) => run(start, { type: 'opening' }, { type: 'opened', order: o });

describe('opening an order', () => {
  it('starts with nothing open, the remembered carrier and slip size', () => {
    expect(start).toMatchObject({ order: null, banner: null, busy: null, size: '4x6' });
    expect(start.draft).toEqual({ carrier: 'UPS', tracking: '', weight: '', cost: '' });
  });

  it('is busy and drops the number choice while the order loads', () => {
    const choosing = run(start, {
      type: 'choice',
      choice: { number: 'CC-7', orders: [] },
    });
    expect(desk(choosing, { type: 'opening' })).toMatchObject({ choice: null, busy: 'open' });
  });

  it('shows the order with its note, and is no longer busy', () => {
    const note = { tone: 'info', text: 'Scanning starts over for this order.' } as const;
    const state = run(start, { type: 'opening' }, { type: 'opened', order: order(), note });
    expect(state).toMatchObject({ order: order(), banner: note, busy: null, flash: null });
  });

  it('clears the ship form for another order but keeps it, and the carrier, for the same one', () => {
    const typed = run(opened(), {
      type: 'draft',
      draft: { carrier: 'FedEx', tracking: '1Z', weight: '3', cost: '' },
    });
    expect(run(typed, { type: 'opened', order: order() }).draft.tracking).toBe('1Z');
    expect(run(typed, { type: 'opened', order: order({ id: 8 }) }).draft).toEqual({
      carrier: 'FedEx',
      tracking: '',
      weight: '',
      cost: '',
    });
  });

  it('ends a pending "pack without scanning?" and the last flash', () => {
    const state = run(
      opened(),
      { type: 'confirmSkip', open: true },
      { type: 'verified', order: order(), answer: verifyAnswer(1, false), byHand: false },
      { type: 'opened', order: order() },
    );
    expect(state).toMatchObject({ confirmSkip: false, flash: null, banner: null });
  });

  it('closing clears the order, its banner, flash and question', () => {
    const state = run(opened(), { type: 'confirmSkip', open: true }, { type: 'closed' });
    expect(state).toMatchObject({ order: null, banner: null, flash: null, confirmSkip: false });
  });
});

function verifyAnswer(qty: number, complete: boolean) {
  return {
    order_id: 7,
    item_id: 1,
    sku: 'MUG',
    qty_verified: qty,
    qty_to_pack: 2,
    complete,
  };
}

describe('a verified scan', () => {
  it('counts the unit on its line, flashes it, and says how far the line is', () => {
    const state = run(opened(), {
      type: 'verified',
      order: order(),
      answer: verifyAnswer(1, false),
      byHand: false,
    });
    expect(state.order?.items.map((i) => i.qty_verified)).toEqual([1, 0]);
    expect(state.flash).toEqual({ itemId: 1, n: 1 });
    expect(state.banner).toEqual({ tone: 'success', text: 'MUG: 1 of 2 scanned.' });
  });

  it('flashes again on every count, and says a count by hand was by hand', () => {
    const answer = verifyAnswer(1, false);
    const state = run(
      opened(),
      { type: 'verified', order: order(), answer, byHand: false },
      { type: 'verified', order: order(), answer: verifyAnswer(2, false), byHand: true },
    );
    expect(state.flash).toEqual({ itemId: 1, n: 2 });
    expect(state.banner?.text).toBe('MUG: 2 of 2 scanned (checked by hand).');
  });

  it('says how to mark the order packed once everything is scanned', () => {
    const state = run(opened(), {
      type: 'verified',
      order: order(),
      answer: verifyAnswer(2, true),
      byHand: false,
    });
    expect(state.banner?.text).toBe(
      'All scanned. Press Ctrl+Enter or K to mark order CC-7 packed.',
    );
  });

  it('counts on the newest copy of the order when it was reloaded meanwhile', () => {
    const reloaded = order({ items: [item({ qty_verified: 0, title: 'Mug (new)' })] });
    const state = run(opened(reloaded), {
      type: 'verified',
      order: order(),
      answer: verifyAnswer(1, false),
      byHand: false,
    });
    expect(state.order?.items).toEqual([{ ...reloaded.items[0], qty_verified: 1 }]);
  });

  it('shows the order it counted on when another one was opened meanwhile', () => {
    const state = run(opened(order({ id: 8, number: 'CC-8' })), {
      type: 'verified',
      order: order(),
      answer: verifyAnswer(1, false),
      byHand: false,
    });
    expect(state.order?.id).toBe(7);
  });
});

describe('what a scan means before the station is asked', () => {
  it('is the open order itself, an item of an order waiting to be scanned, or a slip', () => {
    expect(scanPlan(order(), 'CC-7')).toBe('alreadyOpen');
    expect(scanPlan(order(), 'MUG')).toBe('verify');
    expect(scanPlan(order({ fully_short: true }), 'MUG')).toBe('find');
    expect(scanPlan(order({ status: 'packed' }), 'MUG')).toBe('find');
    expect(scanPlan(null, 'CC-7')).toBe('find');
  });

  it('says why a code that opens nothing is wrong', () => {
    expect(notASlipText('X1', null)).toBe(
      '“X1” is not a packing slip. Scan the slip’s barcode to open its order first.',
    );
    expect(notASlipText('X1', order({ status: 'packed' }))).toBe(
      '“X1” is not an order number, and order CC-7 is not waiting to be scanned.',
    );
  });

  it('puts a code scanned at a packed order into the tracking number', () => {
    const state = run(opened(order({ status: 'packed' })), { type: 'trackingScanned', code: 'Z9' });
    expect(state.draft.tracking).toBe('Z9');
    expect(state.banner).toMatchObject({ tone: 'info' });
  });
});

describe('shipping', () => {
  const draft = { carrier: 'USPS', tracking: '9400111899223856931234', weight: '', cost: '' };
  const ups = { ...draft, tracking: '1Z999AA10123456784' };

  it('refuses a draft without a tracking number or with a bad number', () => {
    expect(shipPlan(start, { ...draft, tracking: ' ' })).toEqual({
      kind: 'invalid',
      error: 'Type or scan the tracking number first.',
    });
    expect(shipPlan(start, { ...draft, weight: '12oz' }).kind).toBe('invalid');
  });

  it('ships a number in the carrier’s own format at once', () => {
    expect(shipPlan(start, draft)).toEqual({
      kind: 'ship',
      fields: { carrier: 'USPS', tracking_number: draft.tracking },
    });
  });

  it('warns once about another carrier’s format, then ships it as typed', () => {
    const plan = shipPlan(start, ups);
    expect(plan).toEqual({
      kind: 'warn',
      carrier: 'USPS',
      tracking: ups.tracking,
      looksLike: 'UPS',
    });
    const warned = run(start, {
      type: 'mismatchWarned',
      carrier: 'USPS',
      tracking: ups.tracking,
      looksLike: 'UPS',
    });
    expect(warned.banner?.text).toBe(
      `${ups.tracking} looks like a UPS tracking number, not USPS. Choose UPS, or press Enter again to ship with USPS.`,
    );
    expect(shipPlan(warned, ups).kind).toBe('ship');
    expect(shipPlan(warned, { ...ups, carrier: 'FedEx' }).kind).toBe('warn');
  });

  it('closes the shipped order, keeps the carrier and offers the next one', () => {
    const packed = run(opened(order({ status: 'packed' })), {
      type: 'draft',
      draft: { ...draft, carrier: 'FedEx' },
    });
    const answer = { carrier: 'FedEx', tracking_number: 'T1' } as ShipAnswer;
    const next = { id: 9, number: 'CC-9' };
    const state = run(packed, { type: 'shipped', order: order(), answer, next });
    expect(state.order).toBeNull();
    expect(state.draft).toEqual({ carrier: 'FedEx', tracking: '', weight: '', cost: '' });
    expect(state.banner).toEqual({
      tone: 'success',
      text: 'Shipped order CC-7 with FedEx, tracking T1.',
      next,
    });
  });

  it('says what a corrected or voided shipment did', () => {
    const shipment = { carrier: 'UPS', tracking_number: '1Z1' } as Shipment;
    expect(shipmentNote(order(), 'edited', shipment).text).toBe(
      'Saved the shipment of order CC-7: UPS 1Z1.',
    );
    expect(shipmentNote(order(), 'voided', shipment).text).toMatch(/^Voided the UPS shipment/);
  });
});

describe('packing', () => {
  const answer = (pack_verified: boolean) =>
    ({ id: 7, status: 'packed', pack_verified, packed_at: '' }) as const;

  it('says what comes next after a scanned, an unscanned and a closed-out order', () => {
    expect(packedNote(order(), answer(true)).text).toBe(
      'Order CC-7 is packed. Print the slip (P) if you have not, then ship it (S).',
    );
    expect(packedNote(order(), answer(false)).text).toMatch(/without scanning every item/);
    expect(packedNote(order({ fully_short: true }), answer(true)).text).toMatch(/closed out/);
  });

  it('asks before packing without scanning, and is busy while it packs', () => {
    expect(run(opened(), { type: 'confirmSkip', open: true }).confirmSkip).toBe(true);
    expect(run(opened(), { type: 'busy', busy: 'pack' }).busy).toBe('pack');
  });
});

describe('slips', () => {
  it('says where a slip went', () => {
    expect(run(start, { type: 'printed', printer: 'Zebra', bytes: 120 }).banner).toEqual({
      tone: 'success',
      text: 'Slip sent to Zebra (120 bytes).',
    });
    expect(
      run(start, { type: 'pdfOpened', how: 'opened', number: 'CC-7', size: 'a4' }).banner?.text,
    ).toBe('Opened the a4 PDF slip of order CC-7 in a new tab.');
    expect(
      run(start, { type: 'slipsOpened', how: 'printed', count: 1, size: 'letter' }).banner?.text,
    ).toBe('Sent 1 letter packing slip to the printer.');
    expect(
      run(start, { type: 'slipsOpened', how: 'opened', count: 3, size: 'letter' }).banner?.text,
    ).toBe('Opened 3 letter packing slips in a new tab.');
  });

  it('remembers the chosen size', () => {
    expect(run(start, { type: 'size', size: 'a4' }).size).toBe('a4');
  });
});

describe('Esc', () => {
  const error = (state: DeskState) => run(state, { type: 'failed', text: 'No.' });

  it('closes the innermost thing first: manual entry, choice, question, tracking field', () => {
    const all = run(
      error(opened()),
      { type: 'confirmSkip', open: true },
      { type: 'choice', choice: { number: 'CC-7', orders: [] } },
      { type: 'manual', open: true },
    );
    const esc = (state: DeskState) => desk(state, { type: 'escape', trackingFocused: true });
    expect(escapeTarget(all, true)).toBe('manual');
    expect(escapeTarget(esc(all), true)).toBe('choice');
    expect(escapeTarget(esc(esc(all)), true)).toBe('confirmSkip');
    const rest = esc(esc(esc(all)));
    expect(escapeTarget(rest, true)).toBe('tracking');
    // Leaving the field is the page's part; the desk is as it was.
    expect(esc(rest)).toBe(rest);
  });

  it('then dismisses an error, then closes the order, then clears a notice', () => {
    const withError = error(opened());
    expect(escapeTarget(withError, false)).toBe('error');
    const noError = desk(withError, { type: 'escape', trackingFocused: false });
    expect(noError).toMatchObject({ banner: null, order: order() });
    expect(desk(noError, { type: 'escape', trackingFocused: false }).order).toBeNull();
    const notice = run(start, { type: 'notice', text: 'Scan a slip.' });
    expect(escapeTarget(notice, false)).toBeNull();
    expect(desk(notice, { type: 'escape', trackingFocused: false }).banner).toBeNull();
  });

  it('a dismissed banner is gone', () => {
    expect(run(error(start), { type: 'dismissBanner' }).banner).toBeNull();
  });
});
