import { describe, expect, it } from 'vitest';
import { ScanBuffer, type ScanBufferOptions } from './scan-buffer';

/** Feeds `keys` starting at t=1000 with `gapMs` between them; returns every non-null result. */
function feed(keys: string[], gapMs: number, options?: ScanBufferOptions): string[] {
  const buffer = new ScanBuffer(options);
  const scans: string[] = [];
  keys.forEach((key, i) => {
    const code = buffer.push(key, 1000 + i * gapMs);
    if (code !== null) scans.push(code);
  });
  return scans;
}

const keysOf = (text: string) => [...text];

describe('ScanBuffer', () => {
  it('reads a fast burst ending in Enter as a scan', () => {
    expect(feed([...keysOf('0123456789012'), 'Enter'], 8)).toEqual(['0123456789012']);
  });

  it('lets slow typing through', () => {
    expect(feed([...keysOf('HAY-TIM'), 'Enter'], 120)).toEqual([]);
  });

  it('ignores bursts shorter than the minimum length', () => {
    expect(feed([...keysOf('abc'), 'Enter'], 5)).toEqual([]);
    expect(feed([...keysOf('ab'), 'Enter'], 5, { minLength: 2 })).toEqual(['ab']);
  });

  it('accepts gaps exactly at the limit and refuses one just over', () => {
    expect(feed([...keysOf('ABCD'), 'Enter'], 35)).toEqual(['ABCD']);
    expect(feed([...keysOf('ABCD'), 'Enter'], 36)).toEqual([]);
    expect(feed([...keysOf('ABCD'), 'Enter'], 60, { maxGapMs: 60 })).toEqual(['ABCD']);
  });

  it('needs the terminator to arrive quickly too', () => {
    const buffer = new ScanBuffer();
    keysOf('SKU-123').forEach((key, i) => buffer.push(key, i * 5));
    expect(buffer.push('Enter', 30 + 500)).toBeNull();
  });

  it('uses Tab as the terminator when configured, and then Enter is not one', () => {
    expect(feed([...keysOf('A-12-3'), 'Tab'], 6, { terminator: 'tab' })).toEqual(['A-12-3']);
    expect(feed([...keysOf('A-12-3'), 'Enter'], 6, { terminator: 'tab' })).toEqual([]);
    expect(feed([...keysOf('A-12-3'), 'Tab'], 6)).toEqual([]);
  });

  it('starts a fresh burst after a pause, keeping only the fast characters', () => {
    const buffer = new ScanBuffer();
    buffer.push('x', 0);
    buffer.push('y', 200);
    const at = [400, 405, 410, 415, 420];
    keysOf('1234').forEach((key, i) => buffer.push(key, at[i]!));
    expect(buffer.push('Enter', at[4]!)).toBe('1234');
  });

  it('treats Shift between characters as part of the burst, as guns send it for capitals', () => {
    expect(feed(['Shift', 'A', 'Shift', 'B', '1', '2', 'Enter'], 4)).toEqual(['AB12']);
  });

  it('drops the burst when another named key interrupts it', () => {
    expect(feed([...keysOf('12'), 'Backspace', ...keysOf('34'), 'Enter'], 5)).toEqual([]);
  });

  it('reads consecutive scans independently', () => {
    const buffer = new ScanBuffer();
    const scans: (string | null)[] = [];
    let t = 0;
    for (const code of ['1111', '2222']) {
      for (const key of [...keysOf(code), 'Enter']) scans.push(buffer.push(key, (t += 5)));
      t += 400;
    }
    expect(scans.filter(Boolean)).toEqual(['1111', '2222']);
  });
});
