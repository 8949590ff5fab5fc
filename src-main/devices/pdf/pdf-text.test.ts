import { describe, expect, it } from 'vitest';
import { pdfText } from './pdf-text';
import { plainLines, plainText } from '../../domain/plain-text';

const texts = (runs: ReturnType<typeof pdfText>) =>
  typeof runs === 'string' ? [runs] : runs.map((r) => r.text);

describe('plainText', () => {
  it('drops control characters (printer commands on a receipt printer) and emoji, keeps HTML as text', () => {
    expect(plainText('Hay\x1b@\x1dV\x00 bale\u200b 🌾🐹 <b>big</b>\n& tidy')).toBe(
      'Hay@V bale <b>big</b> & tidy',
    );
    expect(plainText('Gold ★ seller™ ✓')).toBe('Gold ★ seller™ ✓');
    expect(plainText(null)).toBe('');
  });

  it('splits an address into its non-empty lines', () => {
    expect(plainLines('400 Barn Road\r\n\n  Springfield, IL  ')).toEqual([
      '400 Barn Road',
      'Springfield, IL',
    ]);
  });
});

describe('pdfText', () => {
  it('leaves left-to-right text whole, in the main font', () => {
    expect(pdfText('Timothy Hay, 2 lb')).toBe('Timothy Hay, 2 lb');
  });

  it('puts right-to-left words in drawing order and the letters in the font that has them', () => {
    const runs = pdfText('Snack חטיף גזר 200 גרם!');
    expect(texts(runs).join('')).toBe('Snack גרם 200 גזר חטיף!');
    expect(runs).toContainEqual({ text: 'חטיף', font: 'DejaVuSans' });
  });

  it('mirrors brackets that stand alone in a right-to-left phrase', () => {
    expect(texts(pdfText('חטיף ( גזר )')).join('')).toBe('( גזר ) חטיף');
  });
});
