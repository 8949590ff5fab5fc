import { describe, expect, it } from 'vitest';
import { fillLines, type OpenLine } from './allocation';

const line = (itemId: number, remaining: number): OpenLine => ({
  itemId,
  orderId: itemId * 10,
  orderNumber: `N${itemId}`,
  remaining,
});

describe('fillLines', () => {
  it.each([
    ['exactly one line', [line(1, 2)], 2, [[1, 2]]],
    ['partial fill of the first line', [line(1, 3), line(2, 3)], 2, [[1, 2]]],
    [
      'spills into the next line in the given order',
      [line(1, 2), line(2, 3), line(3, 1)],
      4,
      [
        [1, 2],
        [2, 2],
      ],
    ],
    ['skips lines that need nothing', [line(1, 0), line(2, 1)], 1, [[2, 1]]],
    [
      'uses every line to the last unit',
      [line(1, 1), line(2, 1), line(3, 1)],
      3,
      [
        [1, 1],
        [2, 1],
        [3, 1],
      ],
    ],
  ])('%s', (_name, lines, qty, expected) => {
    const result = fillLines(lines, qty);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.allocations.map((a) => [a.item_id, a.qty])).toEqual(expected);
  });

  it('refuses more than the lines need and says how many they need', () => {
    expect(fillLines([line(1, 2), line(2, 1)], 4)).toEqual({ ok: false, available: 3 });
    expect(fillLines([], 1)).toEqual({ ok: false, available: 0 });
  });

  it('stops reading lines once the quantity is placed', () => {
    let read = 0;
    function* lines() {
      for (let i = 1; i <= 1000; i++) {
        read++;
        yield line(i, 1);
      }
    }
    fillLines(lines(), 3);
    expect(read).toBe(3);
  });

  it('rejects a quantity that is not a positive integer', () => {
    for (const qty of [0, -1, 1.5, NaN])
      expect(() => fillLines([line(1, 5)], qty)).toThrow(RangeError);
  });
});
