import { useState, type FormEvent } from 'react';
import { api } from '../../../api/client';
import type { AdminUser, NewUser, Role } from '../../../api/types';
import { Alert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import {
  NEW_ACCOUNT_FIELDS,
  NewAccountFields,
} from '../../../components/user-fields/NewAccountFields';
import { useNewAccount } from '../../../components/user-fields/useNewAccount';
import { useAction } from '../../../hooks/useAction';
import { RoleSelect } from './RoleSelect';
import * as usersApi from '../../../../src-main/contract/users';

const FIELDS = [...NEW_ACCOUNT_FIELDS, 'role'];

export function CreateUserForm({ onCreated }: { onCreated: (user: AdminUser) => void }) {
  const account = useNewAccount();
  const [role, setRole] = useState<Role>('picker');
  const [created, setCreated] = useState<string | null>(null);
  const action = useAction(FIELDS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const body: NewUser = { ...account.body(), role };
    await action.run(async () => {
      const user = await api.call(usersApi.createUser, { body });
      onCreated(user);
      setCreated(user.username);
      account.clear();
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
          <NewAccountFields owner="other" account={account} fieldError={action.fieldError} />
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
