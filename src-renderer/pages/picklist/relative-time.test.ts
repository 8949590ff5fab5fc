import { describe, expect, it } from 'vitest';
import { timeAgo } from './relative-time';

describe('timeAgo', () => {
  const now = Date.parse('2026-11-20T14:05:00.000Z');
  it('reads like a person would say it', () => {
    expect(timeAgo('2026-11-20T14:04:30.000Z', now)).toBe('just now');
    expect(timeAgo('2026-11-20T14:03:00.000Z', now)).toBe('2 min ago');
    expect(timeAgo('2026-11-20T11:00:00.000Z', now)).toBe('3 h ago');
    expect(timeAgo('2026-11-18T11:00:00.000Z', now)).toMatch(/^on /);
  });
});
