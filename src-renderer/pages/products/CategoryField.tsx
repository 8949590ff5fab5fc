import { useId, useState } from 'react';
import { Field } from '../../components/Field';
import { useDebounced } from '../../hooks/useDebounced';

const DELAY_MS = 300;

/**
 * The category filter: the station matches a category exactly, and has no list of them, so the
 * box suggests the categories seen so far while still taking any name.
 */
export function CategoryField({
  initial,
  seen,
  onChange,
}: {
  initial: string;
  seen: readonly string[];
  onChange: (category: string) => void;
}) {
  const [typed, setTyped] = useState(initial);
  const listId = useId();
  const commit = useDebounced(() => onChange(typed.trim()), DELAY_MS);
  return (
    <Field label="Category">
      {(control) => (
        <>
          <input
            {...control}
            className="input"
            type="search"
            name="category"
            list={listId}
            placeholder="Any category"
            value={typed}
            onChange={(e) => {
              setTyped(e.target.value);
              commit();
            }}
          />
          <datalist id={listId}>
            {seen.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
