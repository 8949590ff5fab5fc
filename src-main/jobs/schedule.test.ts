import { describe, expect, it } from 'vitest';
import { isDailyDue, isDue, nextDailyRunAt, nextRunAt } from './schedule';

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

describe('a daily schedule', () => {
  // Local times: the station's clock decides when "07:00" is.
  const local = (d: number, h: number, m = 0, s = 0) => new Date(2026, 10, d, h, m, s);

  it('waits for its time on a new station, then runs at that tick', () => {
    expect(isDailyDue(null, '07:00', local(20, 6, 59))).toBe(false);
    expect(isDailyDue(null, '07:00', local(20, 7, 0, 0))).toBe(true);
    expect(isDailyDue(null, '07:00', local(20, 9, 0))).toBe(false);
    expect(nextDailyRunAt(null, '07:00', local(20, 9, 0))).toBe(local(21, 7).toISOString());
  });

  it('runs once a day, and catches up when the station was off at its time', () => {
    const ranToday = local(20, 7, 0, 1).toISOString();
    expect(isDailyDue(ranToday, '07:00', local(20, 23, 59))).toBe(false);
    expect(isDailyDue(ranToday, '07:00', local(21, 7))).toBe(true);
    expect(nextDailyRunAt(ranToday, '07:00', local(20, 12))).toBe(local(21, 7).toISOString());
    const ranTwoDaysAgo = local(18, 7, 0, 1).toISOString();
    expect(isDailyDue(ranTwoDaysAgo, '07:00', local(20, 6))).toBe(true);
  });

  it('follows a changed time at the next tick', () => {
    const ranToday = local(20, 7, 0, 1).toISOString();
    expect(isDailyDue(ranToday, '18:30', local(20, 18, 30))).toBe(true);
    expect(nextDailyRunAt(ranToday, '18:30', local(20, 12))).toBe(local(20, 18, 30).toISOString());
  });
});
