// Emoji draw as empty boxes in the slip fonts and as "?" on receipt printers, so they are
// dropped: a title is identified by its SKU, the pictures only decorate it. Text-style symbols
// (★ ✓ © ™) are not emoji here and stay.
const EMOJI =
  /[\u{1F000}-\u{1FAFF}]|\p{Emoji_Presentation}|\p{Emoji_Modifier}|[\u200d\ufe0e\ufe0f\u20e3\u{E0020}-\u{E007F}]/gu;
// Control characters would be printer commands on an ESC/POS printer (ESC, GS) and garbage in a PDF.
const CONTROLS = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * Storefront text made safe to print: no controls, no emoji, one line. Everything else is kept
 * as it is: HTML is literal text on paper, and RTL scripts are left for the renderer.
 */
export function plainText(text: string | null | undefined): string {
  return (text ?? '')
    .normalize('NFC')
    .replace(EMOJI, '')
    .replace(CONTROLS, (c) => (/\s/.test(c) ? ' ' : ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Like plainText, line by line, dropping empty lines (addresses typed into a textarea). */
export function plainLines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n|\r/)
    .map(plainText)
    .filter((line) => line !== '');
}
