import { describe, expect, it } from 'vitest';
import { receiptText, wrap } from './receipt-text';

describe('receiptText', () => {
  it('drops ESC/GS and other controls, so text can never be a printer command', () => {
    expect(receiptText('Hay \x1b@\x1dV\x00 bale\x07')).toBe('Hay @V bale');
  });

  it('drops emoji and keeps HTML as the literal text it is', () => {
    expect(receiptText('Hay 🐹🌾 <b>fresh</b> &amp;')).toBe('Hay <b>fresh</b> &amp;');
  });

  it('keeps Windows-1252 as it is, strips accents it lacks, and marks the rest with one ?', () => {
    expect(receiptText('Café Größe niño €5 – “ok” … Œuvre')).toBe(
      'Café Größe niño €5 – “ok” … Œuvre',
    );
    expect(receiptText('Dvořák łódź Őrség')).toBe('Dvorák lódz Orség');
    expect(receiptText('Морковь carrot')).toBe('? carrot');
    expect(receiptText('猫のおもちゃ toy ★')).toBe('? toy ?');
  });
});

describe('wrap', () => {
  it('breaks at spaces within the width, indenting every line', () => {
    expect(wrap('timothy hay for guinea pigs', 12, 2)).toEqual([
      '  timothy',
      '  hay for',
      '  guinea',
      '  pigs',
    ]);
  });

  it('breaks a word longer than a line, and keeps an empty text as one empty line', () => {
    expect(wrap('abcdefghij xy', 4)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
    expect(wrap('', 10)).toEqual(['']);
  });
});
