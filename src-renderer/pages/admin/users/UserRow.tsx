import { useState, type FormEvent } from 'react';
import { api } from '../../../api/client';
import type { AdminUser, UserUpdate } from '../../../api/types';
import { Alert } from '../../../components/Alert';
import { PasswordField } from '../../../components/user-fields/PasswordField';
import { useAction } from '../../../hooks/useAction';
import { RoleSelect } from './RoleSelect';
import * as usersApi from '../../../../src-main/contract/users';

type Panel = 'none' | 'password' | 'delete';

const formatWhen = (iso: string | null) =>
  iso
    ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    : 'Never';

interface UserRowProps {
  user: AdminUser;
  /** Your own row: you cannot delete yourself, and a change to you reloads the app. */
  isMe: boolean;
  onChanged: (user: AdminUser) => void;
  onDeleted: (id: number) => void;
}

export function UserRow({ user, isMe, onChanged, onDeleted }: UserRowProps) {
  const [panel, setPanel] = useState<Panel>('none');
  const [password, setPassword] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const action = useAction(['password']);

  const open = (next: Panel) => {
    setPanel(next);
    setNotice(null);
    action.clearError();
  };

  const change = (update: UserUpdate, done: string) => {
    setNotice(null);
    return action.run(async () => {
      const changed = await api.call(usersApi.updateUser, {
        params: { id: String(user.id) },
        body: update,
      });
      // A new role or password, or being disabled, changes what this very session may do
      // (or ends it): start again from the top rather than show screens that no longer apply.
      if (isMe) return window.location.assign('/');
      onChanged(changed);
      setNotice(done);
    });
  };

  const setNewPassword = async (event: FormEvent) => {
    event.preventDefault();
    if (await change({ password }, `New password set for ${user.username}.`)) {
      setPassword('');
      setPanel('none');
    }
  };

  const remove = () =>
    action.run(async () => {
      await api.call(usersApi.deleteUser, { params: { id: String(user.id) } });
      onDeleted(user.id);
    });

  const panelError = panel === 'password' ? action.fieldError('password') : null;

  return (
    <>
      <tr>
        <td data-label="User">
          <strong>{user.username}</strong> {isMe && <span className="badge">you</span>}
          <span className="cell-note">{user.email || 'No email'}</span>
        </td>
        <td data-label="Role">
          <RoleSelect
            aria-label={`Role of ${user.username}`}
            value={user.role}
            disabled={action.busy}
            onChange={(role) => change({ role }, `${user.username} is now ${role}.`)}
          />
        </td>
        <td data-label="Status">
          <span className={user.is_active ? 'badge badge-ok' : 'badge badge-off'}>
            {user.is_active ? 'Active' : 'Disabled'}
          </span>
        </td>
        <td data-label="Last sign-in">{formatWhen(user.last_login_at)}</td>
        <td>
          <div className="actions">
            <button className="btn" type="button" onClick={() => open('password')}>
              Reset password
            </button>
            <button
              className="btn"
              type="button"
              disabled={action.busy}
              onClick={() =>
                change(
                  { active: !user.is_active },
                  user.is_active
                    ? `${user.username} can no longer sign in.`
                    : `${user.username} can sign in again.`,
                )
              }
            >
              {user.is_active ? 'Disable' : 'Enable'}
            </button>
            {!isMe && (
              <button className="btn" type="button" onClick={() => open('delete')}>
                Delete
              </button>
            )}
          </div>
        </td>
      </tr>
      {(panel !== 'none' || notice || action.formError) && (
        <tr className="row-panel">
          <td colSpan={5}>
            <div className="stack">
              {panel === 'password' && (
                <form className="actions" onSubmit={setNewPassword}>
                  <PasswordField
                    purpose="new"
                    label={`New password for ${user.username}`}
                    value={password}
                    onChange={setPassword}
                    error={panelError}
                  />
                  <button className="btn btn-primary" type="submit" disabled={action.busy}>
                    Set password
                  </button>
                  <button className="btn" type="button" onClick={() => open('none')}>
                    Cancel
                  </button>
                </form>
              )}
              {panel === 'delete' && (
                <div className="actions">
                  <span>
                    Delete <strong>{user.username}</strong>? They will no longer be able to sign in.
                    This cannot be undone.
                  </span>
                  <button
                    className="btn btn-danger"
                    type="button"
                    disabled={action.busy}
                    onClick={remove}
                  >
                    Delete {user.username}
                  </button>
                  <button className="btn" type="button" onClick={() => open('none')}>
                    Cancel
                  </button>
                </div>
              )}
              {action.formError && <Alert tone="error">{action.formError}</Alert>}
              {notice && <Alert tone="success">{notice}</Alert>}
            </div>
          </td>
        </tr>
      )}
    </>
  );
}
