import { describe, expect, it } from 'vitest';
import { appliedText, importable, previewText } from './import-text';

const answer = (would_create: number, would_update: number, bad = 0) => ({
  dry_run: true,
  would_create,
  would_update,
  rejected: Array.from({ length: bad }, (_, i) => ({ line: i + 2, reason: 'bad' })),
});

describe('import texts', () => {
  it('counts what a dry run would do, and the skipped lines only when there are some', () => {
    expect(previewText(answer(2, 1))).toBe(
      'The file holds 2 products to create and 1 product to update.',
    );
    expect(previewText(answer(1, 0, 1))).toBe(
      'The file holds 1 product to create and 0 products to update; 1 line would be skipped.',
    );
  });

  it('offers to import the valid rows only', () => {
    expect(importable(answer(2, 3, 4))).toBe(5);
  });

  it('says what an applied import did', () => {
    expect(appliedText(answer(2, 0, 3))).toBe(
      'Imported: 2 products created, 0 products updated. 3 lines skipped.',
    );
    expect(appliedText(answer(0, 1))).toBe('Imported: 0 products created, 1 product updated.');
  });
});
