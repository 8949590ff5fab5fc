import { Field } from '../Field';

interface PasswordFieldProps {
  /**
   * 'current' signs in; 'new' sets a password, so the station's length rule applies and is
   * shown; 'repeat' confirms a new one, which only has to match it.
   */
  purpose: 'current' | 'new' | 'repeat';
  label?: string;
  name?: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
}

export function PasswordField({
  purpose,
  label = 'Password',
  name,
  value,
  onChange,
  error,
}: PasswordFieldProps) {
  const isNew = purpose === 'new';
  return (
    <Field label={label} hint={isNew ? 'At least 8 characters.' : undefined} error={error}>
      {(control) => (
        <input
          {...control}
          className="input"
          type="password"
          name={name}
          autoComplete={purpose === 'current' ? 'current-password' : 'new-password'}
          required
          // The station's shortest password (src-main/http/routes/schemas.ts).
          minLength={isNew ? 8 : undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
