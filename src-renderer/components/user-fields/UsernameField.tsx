import { Field } from '../Field';
import type { Owner } from './owner';

interface UsernameFieldProps {
  /** Signing in takes a username or an email; a new account's name follows the station's rule. */
  account: 'sign-in' | Owner;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
}

/** Names are typed as they are: never capitalised or corrected by a phone's keyboard. */
export function UsernameField({ account, value, onChange, error }: UsernameFieldProps) {
  const signIn = account === 'sign-in';
  return (
    <Field
      label={signIn ? 'Username or email' : 'Username'}
      hint={signIn ? undefined : 'Letters, digits, dot, dash and underscore.'}
      error={error}
    >
      {(control) => (
        <input
          {...control}
          className="input"
          name="username"
          autoComplete={account === 'other' ? 'off' : 'username'}
          autoCapitalize="none"
          spellCheck={false}
          required
          // The station's limits for a new name (src-main/http/routes/schemas.ts).
          minLength={signIn ? undefined : 2}
          maxLength={signIn ? undefined : 64}
          value={value}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}
