import { Field } from '../../../components/Field';

interface SecretInputProps {
  label: string;
  isSet: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Removes the stored secret right away. */
  onClear: () => void;
  busy: boolean;
  error?: string | null;
}

/**
 * The station never sends a stored secret back, only whether one is set; typing here replaces
 * it on save, and an empty box leaves it as it is.
 */
export function SecretInput({
  label,
  isSet,
  value,
  onChange,
  onClear,
  busy,
  error,
}: SecretInputProps) {
  return (
    <Field
      label={label}
      error={error}
      hint={
        <>
          <span className={isSet ? 'badge badge-ok' : 'badge'}>{isSet ? 'Set' : 'Not set'}</span>{' '}
          {isSet ? 'Type a new one to replace it.' : 'Nothing stored yet.'}
        </>
      }
    >
      {(control) => (
        <div className="actions">
          <input
            {...control}
            className="input secret-input"
            type="password"
            autoComplete="new-password"
            placeholder={isSet ? 'Saved — hidden' : ''}
            value={value}
            onChange={(e) => onChange(e.target.value)}
          />
          {isSet && (
            <button className="btn" type="button" disabled={busy} onClick={onClear}>
              Clear
            </button>
          )}
        </div>
      )}
    </Field>
  );
}
