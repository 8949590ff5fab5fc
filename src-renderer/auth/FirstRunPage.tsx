import { useState, type FormEvent } from 'react';
import { Alert } from '../components/Alert';
import { NEW_ACCOUNT_FIELDS, NewAccountFields } from '../components/user-fields/NewAccountFields';
import { PasswordField } from '../components/user-fields/PasswordField';
import { useNewAccount } from '../components/user-fields/useNewAccount';
import { useAction } from '../hooks/useAction';
import { AuthScreen } from './AuthScreen';
import { useAuth } from './auth-context';

export function FirstRunPage() {
  const { createFirstAdmin } = useAuth();
  const admin = useNewAccount();
  const [confirm, setConfirm] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const action = useAction(NEW_ACCOUNT_FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const differ = admin.password !== confirm;
    setMismatch(differ);
    if (differ) return;
    void action.run(() => createFirstAdmin(admin.body()));
  };

  return (
    <AuthScreen title="Create the first admin">
      <p className="muted">
        This station has no users yet. The admin account you create here sets up the storefront,
        printers and everyone else&apos;s logins.
      </p>
      <form className="form" onSubmit={submit}>
        {action.formError && <Alert tone="error">{action.formError}</Alert>}
        <NewAccountFields owner="self" account={admin} fieldError={action.fieldError} />
        <PasswordField
          purpose="repeat"
          label="Confirm password"
          name="confirm"
          value={confirm}
          onChange={setConfirm}
          error={mismatch ? 'The two passwords are not the same.' : null}
        />
        <button className="btn btn-primary btn-block" type="submit" disabled={action.busy}>
          {action.busy ? 'Creating…' : 'Create admin and sign in'}
        </button>
      </form>
    </AuthScreen>
  );
}
