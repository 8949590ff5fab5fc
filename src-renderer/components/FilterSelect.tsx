import { Field } from './Field';

interface FilterSelectProps<K extends string> {
  label: string;
  name: string;
  /** The first choice, which filters nothing out; without it a value is always chosen. */
  any?: string;
  labels: Record<K, string>;
  value: K | '';
  onChange: (value: K | '') => void;
}

/** A list filter or sort: any value, or one of the labelled ones in the order they are written. */
export function FilterSelect<K extends string>({
  label,
  name,
  any,
  labels,
  value,
  onChange,
}: FilterSelectProps<K>) {
  return (
    <Field label={label}>
      {(control) => (
        <select
          {...control}
          className="select"
          name={name}
          value={value}
          onChange={(e) => onChange(e.target.value as K | '')}
        >
          {any !== undefined && <option value="">{any}</option>}
          {(Object.keys(labels) as K[]).map((key) => (
            <option key={key} value={key}>
              {labels[key]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
