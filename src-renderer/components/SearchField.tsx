import { useState } from 'react';
import { useDebounced } from '../hooks/useDebounced';
import { Field } from './Field';

const SEARCH_DELAY_MS = 300;

interface SearchFieldProps {
  label?: string;
  placeholder: string;
  /** The search in force when the page opened (from the address). */
  initial: string;
  /** Called with the trimmed text once typing pauses. */
  onSearch: (q: string) => void;
}

/** A search box that asks the station only once typing pauses. */
export function SearchField({
  label = 'Search',
  placeholder,
  initial,
  onSearch,
}: SearchFieldProps) {
  const [typed, setTyped] = useState(initial);
  const search = useDebounced(() => onSearch(typed.trim()), SEARCH_DELAY_MS);
  return (
    <Field label={label}>
      {(control) => (
        <input
          {...control}
          className="input"
          type="search"
          name="q"
          placeholder={placeholder}
          value={typed}
          onChange={(e) => {
            setTyped(e.target.value);
            search();
          }}
        />
      )}
    </Field>
  );
}
