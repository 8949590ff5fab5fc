import { useState, type FormEvent } from 'react';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { useAction } from '../hooks/useAction';
import { AuthScreen } from './AuthScreen';
import { useAuth } from './auth-context';

const FIELDS = ['username', 'email', 'password'] as const;

export function FirstRunPage() {
  const { createFirstAdmin } = useAuth();
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const action = useAction(FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differ = password !== confirm;
    setMismatch(differ);
    if (differ) return;
    void action.run(() =>
      createFirstAdmin({ username: username.trim(), email: email.trim() || undefined, password }),
    );
  };

  return (
    <AuthScreen title="Create the first admin">
      <p className="muted">
        This station has no users yet. The admin account you create here sets up the storefront,
        printers and everyone else&apos;s logins.
      </p>
      <form className="form" onSubmit={submit}>
        {action.formError && <Alert tone="error">{action.formError}</Alert>}
        <Field
          label="Username"
          hint="Letters, digits, dot, dash and underscore."
          error={action.fieldError('username')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              minLength={2}
              maxLength={64}
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
        <Field label="Email (optional)" error={action.fieldError('email')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="email"
              name="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label="Password" hint="At least 8 characters." error={action.fieldError('password')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="password"
              name="password"
              autoComplete="new-password"
              required
              minLength={8}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Confirm password"
          error={mismatch ? 'The two passwords are not the same.' : null}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="password"
              name="confirm"
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(e) => setConfirm(e.target.value)}
            />
          )}
        </Field>
        <button className="btn btn-primary btn-block" type="submit" disabled={action.busy}>
          {action.busy ? 'Creating…' : 'Create admin and sign in'}
        </button>
      </form>
    </AuthScreen>
  );
}
