import type { ScanTerminator } from '../api/types';

export interface ScanBufferOptions {
  /** Shorter bursts are people hitting keys together, not barcodes. */
  minLength?: number;
  /** Guns send a character every few ms; even fast typists leave 50 ms or more between keys. */
  maxGapMs?: number;
  terminator?: ScanTerminator;
}

const TERMINATOR_KEYS: Record<ScanTerminator, string> = { enter: 'Enter', tab: 'Tab' };

/** Keys a gun sends between characters (Shift for capitals) that neither add nor break a burst. */
const PASS_THROUGH = new Set(['Shift', 'CapsLock']);

/**
 * Tells a keyboard-wedge barcode gun from a person by rhythm: a scan is a burst of printable
 * keys, each within `maxGapMs` of the last, closed by the terminator key. Fed `KeyboardEvent.key`
 * and a timestamp in ms; no DOM, so it can be tested on its own.
 */
export class ScanBuffer {
  private readonly minLength: number;
  private readonly maxGapMs: number;
  private readonly terminatorKey: string;
  private chars = '';
  private lastAt = Number.NEGATIVE_INFINITY;

  constructor({ minLength = 4, maxGapMs = 35, terminator = 'enter' }: ScanBufferOptions = {}) {
    this.minLength = minLength;
    this.maxGapMs = maxGapMs;
    this.terminatorKey = TERMINATOR_KEYS[terminator];
  }

  /** Returns the scanned code when `key` completes a burst, otherwise null. */
  push(key: string, at: number): string | null {
    if (PASS_THROUGH.has(key)) return null;
    const inBurst = at - this.lastAt <= this.maxGapMs;
    this.lastAt = at;
    if (key === this.terminatorKey) {
      const code = inBurst && this.chars.length >= this.minLength ? this.chars : null;
      this.reset();
      return code;
    }
    if (key.length !== 1) {
      this.reset();
      return null;
    }
    // A slow key cannot belong to the burst before it, but it may be the first of a new one.
    this.chars = inBurst ? this.chars + key : key;
    return null;
  }

  reset(): void {
    this.chars = '';
    this.lastAt = Number.NEGATIVE_INFINITY;
  }
}
