import { Field } from '../Field';
import type { Owner } from './owner';

interface EmailFieldProps {
  owner: Owner;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
}

export function EmailField({ owner, value, onChange, error }: EmailFieldProps) {
  return (
    <Field label="Email (optional)" error={error}>
      {(control) => (
        <input
          {...control}
          className="input"
          type="email"
          name="email"
          autoComplete={owner === 'self' ? 'email' : 'off'}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
