import { Link } from 'react-router';
import { useUser } from '../auth/auth-context';
import { HOME_OF } from '../layout/areas';

export function NoAccessPage() {
  const user = useUser();
  return (
    <section className="empty-state" role="alert">
      <h1>You don&apos;t have access to this page</h1>
      <p>
        Your {user.role} account can&apos;t open this page. If you need it, ask an admin to change
        your role.
      </p>
      <Link className="btn btn-primary" to={HOME_OF[user.role]}>
        Go to my start page
      </Link>
    </section>
  );
}
