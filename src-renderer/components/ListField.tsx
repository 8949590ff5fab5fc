import { Field } from './Field';

/** One entry per line; commas, semicolons and spaces also separate, since people paste lists. */
export const parseList = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

interface ListFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
  name?: string;
  rows?: number;
  /** Codes (SKUs, bins) read better in a fixed-width font. */
  mono?: boolean;
}

/** A box for a list typed or pasted (addresses, phone numbers, codes), never auto-corrected. */
export function ListField({
  label,
  hint,
  value,
  onChange,
  error,
  name,
  rows = 3,
  mono,
}: ListFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          className={mono ? 'textarea mono' : 'textarea'}
          name={name}
          rows={rows}
          autoCapitalize="none"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
