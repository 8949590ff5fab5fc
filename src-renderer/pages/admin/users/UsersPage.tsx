import { useState } from 'react';
import type { AdminUser } from '../../../api/types';
import { DataTable } from '../../../components/DataTable';
import { HandheldQr } from '../../../components/HandheldQr';
import { LoadError } from '../../../components/LoadError';
import { useUser } from '../../../auth/auth-context';
import { useApiData } from '../../../hooks/useApiData';
import { CreateUserForm } from './CreateUserForm';
import { UserRow } from './UserRow';
import * as usersApi from '../../../../src-main/contract/users';

const COLUMNS = ['User', 'Role', 'Status', 'Last sign-in', { label: 'Actions', hidden: true }];

export function UsersPage() {
  const me = useUser();
  const users = useApiData(usersApi.listUsers);

  const replace = (changed: AdminUser) =>
    users.update((list) => list.map((u) => (u.id === changed.id ? changed : u)));
  const remove = (id: number) => users.update((list) => list.filter((u) => u.id !== id));
  const [added, setAdded] = useState<AdminUser | null>(null);
  const add = (created: AdminUser) => {
    users.update((list) => [...list, created]);
    setAdded(created);
  };

  return (
    <>
      <header className="page-header">
        <h1>Users</h1>
        <p>Who can sign in to the station and the handhelds, and what each person may do.</p>
      </header>

      <section className="card" aria-labelledby="users-list-title">
        <h2 id="users-list-title">Everyone with a login</h2>
        <p className="card-intro">
          Admins can do everything. Pickers see the pick list. Packers pack, ship and see orders,
          shortages and stock.
        </p>
        {users.error && <LoadError message={users.error} onRetry={users.reload} />}
        {users.data === null && !users.error && <p className="muted">Loading users…</p>}
        {users.data && (
          <DataTable className="stacked" columns={COLUMNS}>
            <tbody>
              {users.data.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  isMe={user.id === me.id}
                  onChanged={replace}
                  onDeleted={remove}
                />
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      <CreateUserForm onCreated={add} />

      {added && (
        <section className="card" aria-labelledby="handheld-title">
          <h2 id="handheld-title">Sign {added.username} in on a handheld</h2>
          <p className="card-intro">
            On a phone on the warehouse network, open this address (or scan the code with its
            camera) and sign in as {added.username}.
          </p>
          <HandheldQr compact />
        </section>
      )}
    </>
  );
}
