import { useState, type FormEvent } from 'react';
import { api } from '../../../api/client';
import type { AdminUser, NewUser, Role } from '../../../api/types';
import { Alert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { useAction } from '../../../hooks/useAction';
import { RoleSelect } from './RoleSelect';

const FIELDS = ['username', 'email', 'password', 'role'] as const;

export function CreateUserForm({ onCreated }: { onCreated: (user: AdminUser) => void }) {
  const [username, setUsername] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('picker');
  const [created, setCreated] = useState<string | null>(null);
  const action = useAction(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const body: NewUser = { username: username.trim(), password, role };
    if (email.trim()) body.email = email.trim();
    await action.run(async () => {
      const user = await api.post<AdminUser>('/admin/users', body);
      onCreated(user);
      setCreated(user.username);
      setUsername('');
      setEmail('');
      setPassword('');
    });
  };

  return (
    <section className="card" aria-labelledby="new-user-title">
      <h2 id="new-user-title">Add a user</h2>
      <p className="card-intro">
        Give each person their own login, so every pick and shortage shows who did it.
      </p>
      <form className="form" onSubmit={submit}>
        <div className="form-grid">
          <Field label="Username" error={action.fieldError('username')}>
            {(control) => (
              <input
                {...control}
                className="input"
                name="username"
                autoComplete="off"
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
                autoComplete="off"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </Field>
          <Field
            label="Password"
            hint="At least 8 characters."
            error={action.fieldError('password')}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                type="password"
                name="new-password"
                autoComplete="new-password"
                required
                minLength={8}
                value={password}
                onChange={(e) => setPassword(e.target.value)}
              />
            )}
          </Field>
          <Field label="Role" error={action.fieldError('role')}>
            {(control) => <RoleSelect {...control} name="role" value={role} onChange={setRole} />}
          </Field>
        </div>
        {action.formError && <Alert tone="error">{action.formError}</Alert>}
        {created && <Alert tone="success">Added {created}. They can sign in now.</Alert>}
        <div className="actions">
          <button className="btn btn-primary" type="submit" disabled={action.busy}>
            {action.busy ? 'Adding…' : 'Add user'}
          </button>
        </div>
      </form>
    </section>
  );
}
