import { useState, type FormEvent } from 'react';
import { Alert } from '../components/Alert';
import { PasswordField } from '../components/user-fields/PasswordField';
import { UsernameField } from '../components/user-fields/UsernameField';
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
        <UsernameField account="sign-in" value={username} onChange={setUsername} />
        <PasswordField purpose="current" name="password" value={password} onChange={setPassword} />
        <button className="btn btn-primary btn-block" type="submit" disabled={action.busy}>
          {action.busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </AuthScreen>
  );
}
