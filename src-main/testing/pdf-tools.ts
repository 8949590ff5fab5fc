import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// poppler-utils and zbar-tools read the PDFs back the way a person or a barcode gun would: page
// sizes, the words on each page, embedded fonts, and the barcodes in a rendered page.

export interface PdfInfo {
  pages: number;
  /** Points, of the first page. */
  width: number;
  height: number;
}

export interface PdfFile {
  path: string;
  info(): PdfInfo;
  /** All text, or one page's (1-based). */
  text(page?: number): string;
  /** Font names with whether each is embedded. */
  fonts(): { name: string; embedded: boolean }[];
  images(): number;
  /** Renders each page to PNG (into `dir`, or a temp dir) and returns the files, page order. */
  render(opts?: { dir?: string; prefix?: string; dpi?: number }): string[];
  /** The CODE128 barcodes on a page, decoded from a 200 dpi render, top to bottom. */
  barcodes(page?: number): string[];
  remove(): void;
}

export function pdfFile(pdf: Buffer | Uint8Array): PdfFile {
  const dir = mkdtempSync(join(tmpdir(), 'ws-pdf-'));
  const path = join(dir, 'doc.pdf');
  writeFileSync(path, pdf);
  const run = (cmd: string, args: string[]) =>
    execFileSync(cmd, args, {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      // zbarimg chatters about D-Bus on machines without a system bus.
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const render = ({ dir: out = dir, prefix = 'page', dpi = 100 } = {}, page?: number) => {
    const range = page ? ['-f', String(page), '-l', String(page)] : [];
    run('pdftoppm', ['-r', String(dpi), '-png', ...range, path, join(out, prefix)]);
    return readdirSync(out)
      .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png'))
      .sort()
      .map((f) => join(out, f));
  };
  return {
    path,
    info() {
      const out = run('pdfinfo', [path]);
      const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(out);
      return {
        pages: Number(/Pages:\s+(\d+)/.exec(out)?.[1]),
        width: Number(size?.[1]),
        height: Number(size?.[2]),
      };
    },
    text(page) {
      const range = page ? ['-f', String(page), '-l', String(page)] : [];
      return run('pdftotext', ['-layout', ...range, path, '-']);
    },
    fonts() {
      return run('pdffonts', [path])
        .split('\n')
        .slice(2)
        .filter(Boolean)
        .map((line) => {
          const cols = line.trim().split(/\s+/);
          // name type… encoding emb sub uni object ID: emb is the fifth column from the end.
          return { name: cols[0]!, embedded: cols.at(-5) === 'yes' };
        });
    },
    images() {
      return run('pdfimages', ['-list', path]).split('\n').slice(2).filter(Boolean).length;
    },
    render: (opts) => render(opts),
    barcodes(page = 1) {
      const prefix = `scan${page}`;
      const [png] = render({ prefix, dpi: 200 }, page);
      try {
        return run('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Scode128.enable', png!])
          .split('\n')
          .filter(Boolean);
      } catch (err) {
        // zbarimg exits 4 when it finds no barcode at all.
        if ((err as { status?: number }).status === 4) return [];
        throw err;
      }
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
