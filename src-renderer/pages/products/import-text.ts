import type { AnswerOf } from '../../../src-main/contract/route';
import type { importProducts } from '../../../src-main/contract/products';

export type ImportAnswer = AnswerOf<typeof importProducts>;

const products = (n: number) => `${n} ${n === 1 ? 'product' : 'products'}`;
const lines = (n: number) => `${n} ${n === 1 ? 'line' : 'lines'}`;

/** How many valid rows the import would apply: the number on its button. */
export const importable = (a: ImportAnswer) => a.would_create + a.would_update;

/** What a dry run found, in one sentence that counts every row of the file. */
export function previewText(a: ImportAnswer): string {
  const parts = [`${products(a.would_create)} to create`, `${products(a.would_update)} to update`];
  const rejected = a.rejected.length ? `; ${lines(a.rejected.length)} would be skipped` : '';
  return `The file holds ${parts.join(' and ')}${rejected}.`;
}

/** What an applied import did. */
export function appliedText(a: ImportAnswer): string {
  const skipped = a.rejected.length ? ` ${lines(a.rejected.length)} skipped.` : '';
  return `Imported: ${products(a.would_create)} created, ${products(a.would_update)} updated.${skipped}`;
}
