/**
 * One RFC 4180 record (CRLF-terminated). Text that a spreadsheet would run as a formula (a
 * leading =, +, -, @, tab or CR) gets a leading apostrophe: a note typed at the desk must not
 * become a formula in whoever opens the export. Numbers are written as they are.
 */
export function csvRecord(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function csvCell(cell: string | number | null): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
