import type { PicklistCategory } from '../../api/types';

interface CategoryChipsProps {
  categories: readonly PicklistCategory[];
  /** A category name, or null for all. */
  selected: string | null;
  onSelect: (name: string | null) => void;
}

/** One tap narrows the list to the aisle a picker is in; the counts are SKUs left to pick. */
export function CategoryChips({ categories, selected, onSelect }: CategoryChipsProps) {
  const chip = (name: string | null, label: string, count: number) => (
    <button
      key={name ?? ''}
      type="button"
      className="chip"
      aria-pressed={selected === name}
      onClick={() => onSelect(name)}
    >
      {label}
      <span className="chip-count">{count}</span>
    </button>
  );
  return (
    <div className="chips" role="group" aria-label="Categories">
      {chip(
        null,
        'All',
        categories.reduce((n, c) => n + c.skus.length, 0),
      )}
      {categories.map((c) => chip(c.name, c.name, c.skus.length))}
    </div>
  );
}
