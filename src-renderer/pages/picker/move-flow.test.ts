import { describe, expect, it } from 'vitest';
import type { ScannedProduct } from '../../../src-main/contract/scanning';
import { moveDestination, movedSentence, moveSource, type MoveSource } from './move-flow';

const hay: ScannedProduct = {
  id: 1,
  sku: 'HAY-1',
  title: 'Hay',
  barcode: '123',
  bin_location: 'A-1',
};
const fromProduct: MoveSource = { kind: 'product', product: hay };
const order = { kind: 'order', order: { id: 1, number: 'CC-1', status: 'open' } } as const;

describe('a move between bins', () => {
  it('starts from a product or a bin, never an order or an unknown code', () => {
    expect(moveSource({ kind: 'product', match: 'sku', product: hay })).toEqual(fromProduct);
    expect(moveSource({ kind: 'bin', bin: 'A-1', products: [hay] })).toEqual({
      kind: 'bin',
      bin: 'A-1',
      products: [hay],
    });
    expect(moveSource(order).kind).toBe('refused');
    expect(moveSource({ kind: 'unknown', code: 'ZZ' })).toEqual({
      kind: 'refused',
      message: 'Nothing has the code “ZZ”: scan a bin label or a product.',
    });
  });

  it('ends in a known bin or a new label, not a product or the bin it is in', () => {
    expect(moveDestination({ kind: 'unknown', code: 'B-9' }, fromProduct)).toEqual({
      kind: 'bin',
      bin: 'B-9',
    });
    expect(moveDestination({ kind: 'bin', bin: 'B-2', products: [] }, fromProduct)).toEqual({
      kind: 'bin',
      bin: 'B-2',
    });
    expect(
      moveDestination({ kind: 'product', match: 'barcode', product: hay }, fromProduct),
    ).toMatchObject({ kind: 'refused', message: expect.stringContaining('HAY-1') });
    expect(moveDestination({ kind: 'bin', bin: 'A-1', products: [hay] }, fromProduct)).toEqual({
      kind: 'refused',
      message: 'That is bin A-1, where it is now: scan another bin.',
    });
    expect(moveDestination(order, fromProduct).kind).toBe('refused');
  });

  it('says what moved where', () => {
    const move = { sku: 'HAY-1', movement_id: 1, from_bin: 'A-1', to_bin: 'B-2', quantity: 1 };
    expect(movedSentence([move])).toBe('Moved 1 unit of HAY-1 from A-1 to B-2.');
    expect(movedSentence([{ ...move, from_bin: null, quantity: 4 }])).toBe(
      'Moved 4 units of HAY-1 to B-2.',
    );
    expect(movedSentence([move, { ...move, sku: 'BED-1' }])).toBe(
      'Moved 2 SKUs from A-1 to B-2: HAY-1, BED-1.',
    );
  });
});
