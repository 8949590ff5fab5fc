import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuth, useUser } from '../auth/auth-context';
import { ROLE_LABELS } from '../auth/role-labels';

export function UserMenu() {
  const user = useUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  const signOut = async () => {
    setBusy(true);
    await logout();
    // The next person to sign in starts on their own home page, not on this one's last screen.
    await navigate('/', { replace: true });
  };

  return (
    <div className="user-menu">
      <div>
        <span className="user-menu-name">{user.username}</span>
        <span className="user-menu-role">{ROLE_LABELS[user.role]}</span>
      </div>
      <button className="btn btn-on-dark" type="button" disabled={busy} onClick={signOut}>
        Log out
      </button>
    </div>
  );
}
