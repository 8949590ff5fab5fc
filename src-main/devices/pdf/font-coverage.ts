/**
 * The code points a TrueType font has glyphs for, read from its cmap table. pdfkit draws a
 * missing glyph as an empty box without complaint; knowing the coverage lets the slip pick a
 * font per character instead.
 */
export function fontCoverage(ttf: Buffer): Set<number> {
  const cmap = tableOffset(ttf, 'cmap');
  const subtables = new Map<string, number>();
  for (let i = 0, n = ttf.readUInt16BE(cmap + 2); i < n; i++) {
    const record = cmap + 4 + i * 8;
    const key = `${ttf.readUInt16BE(record)}/${ttf.readUInt16BE(record + 2)}`;
    subtables.set(key, cmap + ttf.readUInt32BE(record + 4));
  }
  // Full Unicode (format 12) when the font has it, else the BMP (format 4).
  const full = subtables.get('3/10') ?? subtables.get('0/4');
  if (full !== undefined && ttf.readUInt16BE(full) === 12) return format12(ttf, full);
  const bmp = subtables.get('3/1') ?? subtables.get('0/3');
  if (bmp !== undefined && ttf.readUInt16BE(bmp) === 4) return format4(ttf, bmp);
  throw new Error('The font has no Unicode character map');
}

function tableOffset(ttf: Buffer, tag: string): number {
  for (let i = 0, n = ttf.readUInt16BE(4); i < n; i++) {
    const record = 12 + i * 16;
    if (ttf.toString('latin1', record, record + 4) === tag) return ttf.readUInt32BE(record + 8);
  }
  throw new Error(`The font has no ${tag} table`);
}

function format12(ttf: Buffer, at: number): Set<number> {
  const covered = new Set<number>();
  for (let i = 0, n = ttf.readUInt32BE(at + 12); i < n; i++) {
    const group = at + 16 + i * 12;
    const [start, end, glyph] = [0, 4, 8].map((o) => ttf.readUInt32BE(group + o)) as [
      number,
      number,
      number,
    ];
    for (let cp = start; cp <= end; cp++) if (glyph + cp - start !== 0) covered.add(cp);
  }
  return covered;
}

function format4(ttf: Buffer, at: number): Set<number> {
  const covered = new Set<number>();
  const segments = ttf.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const start = ttf.readUInt16BE(starts + s * 2);
    const end = ttf.readUInt16BE(ends + s * 2);
    const delta = ttf.readUInt16BE(deltas + s * 2);
    const rangeOffsetAt = rangeOffsets + s * 2;
    const rangeOffset = ttf.readUInt16BE(rangeOffsetAt);
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      let glyph = cp;
      if (rangeOffset !== 0) {
        glyph = ttf.readUInt16BE(rangeOffsetAt + rangeOffset + (cp - start) * 2);
        if (glyph === 0) continue;
      }
      if (((glyph + delta) & 0xffff) !== 0) covered.add(cp);
    }
  }
  return covered;
}
