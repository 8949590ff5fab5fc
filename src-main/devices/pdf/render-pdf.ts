import { readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { create as openFont, type Font } from 'fontkit';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { appRoot } from '../../platform/paths';

/** Fonts in the order a character tries them; the fallback draws Hebrew, Arabic and symbols. */
export const FONTS = ['Roboto', 'DejaVuSans'] as const;
export type FontName = (typeof FONTS)[number];

const FILES: Record<
  FontName,
  { normal: string; bold: string; italics: string; bolditalics: string }
> = {
  Roboto: {
    normal: 'Roboto-Regular.ttf',
    bold: 'Roboto-Medium.ttf',
    italics: 'Roboto-Italic.ttf',
    bolditalics: 'Roboto-MediumItalic.ttf',
  },
  // DejaVu has no italics worth shipping; the slip's few italic words are Latin anyway.
  DejaVuSans: {
    normal: 'DejaVuSans.ttf',
    bold: 'DejaVuSans-Bold.ttf',
    italics: 'DejaVuSans.ttf',
    bolditalics: 'DejaVuSans-Bold.ttf',
  },
};

let coverage: Map<FontName, Set<number>> | undefined;

function setUp(): Map<FontName, Set<number>> {
  const dir = join(appRoot(), 'resources', 'fonts');
  const path = (file: string) => join(dir, file);
  pdfmake.setFonts(
    Object.fromEntries(
      FONTS.map((font) => [
        font,
        Object.fromEntries(Object.entries(FILES[font]).map(([face, file]) => [face, path(file)])),
      ]),
    ),
  );
  // Slips hold storefront text: pdfmake may read our fonts and nothing else, and fetch nothing.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => file.startsWith(dir + sep));
  return new Map(
    FONTS.map((font) => {
      // A character counts as covered only when both the regular and the bold face have it.
      // pdfkit draws a missing glyph as an empty box without complaint; knowing what each font
      // has lets the slip pick a font per character instead.
      const [regular, bold] = [FILES[font].normal, FILES[font].bold].map(
        (f) => openFont(readFileSync(path(f))) as Font,
      ) as [Font, Font];
      const drawn = (cp: number) =>
        regular.hasGlyphForCodePoint(cp) && bold.hasGlyphForCodePoint(cp);
      return [font, new Set(regular.characterSet.filter(drawn))];
    }),
  );
}

/** The first font that can draw this code point, or null when none can. */
export function fontFor(codePoint: number): FontName | null {
  coverage ??= setUp();
  for (const font of FONTS) if (coverage.get(font)!.has(codePoint)) return font;
  return null;
}

export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  coverage ??= setUp();
  return pdfmake.createPdf(doc).getBuffer();
}
