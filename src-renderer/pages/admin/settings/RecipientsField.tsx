import { Field } from '../../../components/Field';

/** One address per line; commas and spaces also separate, since people paste lists. */
export const parseRecipients = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

interface RecipientsFieldProps {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}

export function RecipientsField({ label, hint, value, onChange, error }: RecipientsFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <textarea
          {...control}
          className="textarea"
          rows={3}
          autoCapitalize="none"
          spellCheck={false}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
