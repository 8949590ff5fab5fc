import bidiFactory from 'bidi-js';
import { plainText } from '../../domain/plain-text';
import { fontFor, type FontName } from './render-pdf';

export type TextRuns = string | { text: string; font: FontName }[];

/** Drawn for a character no slip font has, so a reader sees that something is missing. */
const MISSING = '?';

/** Letters fontkit shapes right to left: it reverses the glyphs of any word holding one. */
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}]/u;

const bidi = bidiFactory();

/**
 * Storefront text as pdfmake text: plain (see plainText), in visual order, each character in
 * the first font that has its glyph.
 */
export function pdfText(text: string | null | undefined): TextRuns {
  const pieces = visualOrder(plainText(text));
  const runs: { text: string; font: FontName }[] = [];
  let fallback = false;
  for (const piece of pieces) {
    let first = true;
    for (const char of piece) {
      const font = fontFor(char.codePointAt(0)!);
      const glyph = font ? char : MISSING;
      const runFont = font ?? 'Roboto';
      if (runFont !== 'Roboto') fallback = true;
      const last = runs.at(-1);
      // Spaces join the run they sit in: fewer runs, and pdfmake breaks lines at them either way.
      // A reordered word always starts a run, so pdfmake never lays two of them out as one.
      if (last && !(first && pieces.length > 1) && (last.font === runFont || char === ' ')) {
        last.text += glyph;
      } else runs.push({ text: glyph, font: runFont });
      first = false;
    }
  }
  return fallback || pieces.length > 1 ? runs : runs.map((r) => r.text).join('');
}

/**
 * Hebrew and Arabic in the order they are drawn, left to right (Unicode bidi, rule L2, applied
 * to whole words). fontkit already reverses the letters inside a right-to-left word, so only
 * the words move here; a word of neutrals (brackets, dashes) in a right-to-left phrase is
 * reversed and mirrored here because fontkit leaves it alone. The text is treated as one line:
 * a right-to-left phrase that pdfmake wraps reads its lines in the wrong order, a fair price for
 * titles and address lines that almost always fit. Pure left-to-right text comes back whole.
 */
function visualOrder(text: string): string[] {
  if (!RTL_LETTER.test(text)) return [text];
  const { levels } = bidi.getEmbeddingLevels(text, 'ltr');
  // Words and runs of spaces, split again wherever the level changes ("200g" in a Hebrew title).
  const words: { text: string; level: number }[] = [];
  const space = (i: number) => /\s/.test(text[i]!);
  for (let start = 0, i = 1; i <= text.length; i++) {
    if (i < text.length && levels[i] === levels[start] && space(i) === space(start)) continue;
    words.push({ text: text.slice(start, i), level: levels[start]! });
    start = i;
  }
  const highest = Math.max(...words.map((w) => w.level));
  for (let level = highest; level >= 1; level--) {
    for (let i = 0; i < words.length; i++) {
      if (words[i]!.level < level) continue;
      let j = i;
      while (j + 1 < words.length && words[j + 1]!.level >= level) j++;
      words.splice(i, j - i + 1, ...words.slice(i, j + 1).reverse());
      i = j;
    }
  }
  return words.map(({ text: word, level }) =>
    level % 2 === 1 && !RTL_LETTER.test(word)
      ? [...word]
          .reverse()
          .map((c) => bidi.getMirroredCharacter(c) ?? c)
          .join('')
      : word,
  );
}
