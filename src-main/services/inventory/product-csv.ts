import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { code } from '../../contract/common';
import { PRODUCT_FIELDS, productFields, type ProductFields } from '../../contract/products';
import { StationError } from '../../domain/errors';

export interface CsvProduct {
  line: number;
  sku: string;
  fields: Partial<ProductFields> & { title: string };
  /** Opening stock: what a count found, recorded as a COUNT. */
  onHand?: number;
}

export interface Rejection {
  line: number;
  reason: string;
}

/** A row is checked by the same rules as the API's create, plus the opening stock. */
const csvRow = productFields
  .partial()
  .required({ title: true })
  .extend({ sku: code, on_hand: z.int().min(0).max(10_000_000).optional() });

const COLUMNS = new Set<string>(['sku', 'on_hand', ...PRODUCT_FIELDS]);
const BOOLEAN_COLUMNS = new Set<string>(['is_hazmat', 'is_active']);
const TEXT_COLUMNS = new Set<string>([
  'sku',
  'title',
  'category',
  'subcategory',
  'barcode',
  'asin',
  'bin_location',
]);
const YES = new Set(['true', 'yes', 'y', '1']);
const NO = new Set(['false', 'no', 'n', '0']);
const NUMBER = /^-?(\d+\.?\d*|\.\d+)$/;

/**
 * A cell as the type its column holds. What does not read as one stays text, for the row's
 * check to name: "12,95" in a price is refused, not guessed at.
 */
function cellValue(column: string, cell: string): unknown {
  if (TEXT_COLUMNS.has(column)) return cell;
  const plain = cell.trim();
  if (BOOLEAN_COLUMNS.has(column)) {
    const lower = plain.toLowerCase();
    return YES.has(lower) ? true : NO.has(lower) ? false : cell;
  }
  return NUMBER.test(plain) ? Number(plain) : cell;
}

const badFile = (message: string, details: Record<string, unknown> = {}) =>
  new StationError(400, 'invalid_csv', message, { field: 'body', ...details });

function header(cells: string[]): string[] {
  const columns = cells.map((c) => c.trim().toLowerCase());
  const unknown = columns.filter((c) => !COLUMNS.has(c));
  if (unknown.length) {
    throw badFile(
      `The header names columns the station does not know: ${unknown.join(', ')}. Known columns: ${[...COLUMNS].join(', ')}.`,
      { columns: unknown },
    );
  }
  const twice = columns.find((c, i) => columns.indexOf(c) !== i);
  if (twice) throw badFile(`The header names the column "${twice}" twice.`);
  const missing = ['sku', 'title'].filter((c) => !columns.includes(c));
  if (missing.length) {
    throw badFile(
      `The header must name the columns sku and title; ${missing.join(' and ')} is missing.`,
    );
  }
  return columns;
}

/**
 * The products of a CSV file (RFC 4180; a BOM, CRLF or LF line ends and blank lines are fine):
 * every valid row, and every other row with its line and the reason. A file that cannot be read
 * at all (an unclosed quote, a header without sku and title) is refused as a whole.
 */
export function parseProductCsv(text: string): { rows: CsvProduct[]; rejected: Rejection[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // With `info`, each record comes with where it ended; the typings only know plain records.
    records = parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n'],
    }) as unknown as typeof records;
  } catch (err) {
    throw badFile(`The file is not a CSV the station can read: ${(err as Error).message}.`);
  }
  const first = records.findIndex((r) => !isBlank(r.record));
  if (first === -1) throw badFile('The file is empty: it needs a header and a row per product.');
  const columns = header(records[first]!.record);

  const rows: CsvProduct[] = [];
  const rejected: Rejection[] = [];
  const seen = new Map<string, number>();
  // A record's first line is the line after the one the record before it ended on: a quoted
  // cell may hold line breaks.
  let line = records[first]!.info.lines + 1;
  for (const { record, info } of records.slice(first + 1)) {
    const start = line;
    line = info.lines + 1;
    if (isBlank(record)) continue;
    if (record.length !== columns.length) {
      rejected.push({
        line: start,
        reason: `The row has ${record.length} cells; the header names ${columns.length} columns.`,
      });
      continue;
    }
    const given = Object.fromEntries(
      columns.flatMap((c, i) => (record[i]!.trim() === '' ? [] : [[c, cellValue(c, record[i]!)]])),
    );
    const checked = csvRow.safeParse(given);
    if (!checked.success) {
      const issue = checked.error.issues[0]!;
      rejected.push({ line: start, reason: `"${issue.path.join('.')}" ${issue.message}.` });
      continue;
    }
    const { sku, on_hand, ...fields } = checked.data;
    const earlier = seen.get(sku);
    if (earlier !== undefined) {
      rejected.push({ line: start, reason: `The SKU "${sku}" is already on line ${earlier}.` });
      continue;
    }
    seen.set(sku, start);
    rows.push({ line: start, sku, fields, ...(on_hand !== undefined && { onHand: on_hand }) });
  }
  return { rows, rejected };
}

const isBlank = (record: string[]) => record.every((cell) => cell.trim() === '');
