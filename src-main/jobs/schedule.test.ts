import { describe, expect, it } from 'vitest';
import { isDue, nextRunAt } from './schedule';

const at = (iso: string) => new Date(iso);

describe('an interval schedule', () => {
  it('is due at once when nothing ran yet', () => {
    expect(isDue(null, 10, at('2026-11-20T14:00:10Z'))).toBe(true);
    expect(nextRunAt(null, 10, at('2026-11-20T14:00:10Z'))).toBe('2026-11-20T14:01:00.000Z');
  });

  it('is due at the tick the interval ends on, though the run started just after its tick', () => {
    const last = '2026-11-20T14:00:00.400Z';
    expect(isDue(last, 10, at('2026-11-20T14:09:00.010Z'))).toBe(false);
    expect(isDue(last, 10, at('2026-11-20T14:10:00.010Z'))).toBe(true);
    expect(nextRunAt(last, 10, at('2026-11-20T14:03:00Z'))).toBe('2026-11-20T14:10:00.000Z');
  });

  it('follows a changed interval at the next tick', () => {
    const last = '2026-11-20T14:00:00.400Z';
    expect(isDue(last, 2, at('2026-11-20T14:02:00.010Z'))).toBe(true);
    expect(nextRunAt(last, 60, at('2026-11-20T14:03:00Z'))).toBe('2026-11-20T15:00:00.000Z');
  });

  it('never promises a time in the past', () => {
    expect(nextRunAt('2026-11-20T10:00:00Z', 10, at('2026-11-20T14:03:20Z'))).toBe(
      '2026-11-20T14:04:00.000Z',
    );
  });
});
