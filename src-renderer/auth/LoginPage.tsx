import { useState, type FormEvent } from 'react';
import { Alert } from '../components/Alert';
import { Field } from '../components/Field';
import { useAction } from '../hooks/useAction';
import { AuthScreen } from './AuthScreen';
import { useAuth } from './auth-context';

export function LoginPage({ notice }: { notice?: string }) {
  const { login } = useAuth();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(() => login(username.trim(), password));
  };

  return (
    <AuthScreen title="Sign in">
      <form className="form" onSubmit={submit}>
        {notice && !action.formError && <Alert tone="info">{notice}</Alert>}
        {action.formError && <Alert tone="error">{action.formError}</Alert>}
        <Field label="Username or email">
          {(control) => (
            <input
              {...control}
              className="input"
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          )}
        </Field>
        <Field label="Password">
          {(control) => (
            <input
              {...control}
              className="input"
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button className="btn btn-primary btn-block" type="submit" disabled={action.busy}>
          {action.busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </AuthScreen>
  );
}
