import { plainText } from '../../domain/plain-text';

// Receipts print in one code page, Windows-1252 (Latin-1 plus € – — ‘ ’ “ ” … •), which every
// ESC/POS make here can select. Letting the driver switch code pages per character instead
// would pick tables whose numbers differ between printer models and print the wrong glyphs.
const CP1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const printable = (c: string) =>
  (c >= ' ' && c <= '~') || (c >= '\u00a0' && c <= '\u00ff') || CP1252_EXTRAS.has(c);

// Letters NFKD does not take apart but that read fine without their stroke.
const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h' };

function transliterate(c: string): string | null {
  const plain = (STROKED[c] ?? c).normalize('NFKD').replace(/\p{M}/gu, '');
  return plain !== '' && [...plain].every(printable) ? plain : null;
}

/**
 * Storefront text as the printer can show it: controls and emoji gone (plainText), accented
 * letters outside Windows-1252 without their accents (ő → o, č → c), and each run of anything
 * else (Cyrillic, CJK, symbols) as a single "?" — the SKU beside it still says what the item is,
 * and a row of question marks would only push it off the line.
 */
export function receiptText(text: string): string {
  let out = '';
  for (const c of plainText(text)) {
    const shown = printable(c) ? c : transliterate(c);
    if (shown !== null) out += shown;
    else if (!out.endsWith('?')) out += '?';
  }
  return out;
}

/** Word-wrapped to `width` characters; words longer than a line are broken. */
export function wrap(text: string, width: number, indent = 0): string[] {
  const room = Math.max(1, width - indent);
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ').filter(Boolean)) {
    let rest = word;
    if (current && current.length + 1 + rest.length <= room) {
      current += ` ${rest}`;
      continue;
    }
    if (current) lines.push(current);
    while (rest.length > room) {
      lines.push(rest.slice(0, room));
      rest = rest.slice(room);
    }
    current = rest;
  }
  lines.push(current);
  return lines.map((line) => pad + line);
}
