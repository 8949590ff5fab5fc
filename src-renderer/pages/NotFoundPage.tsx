import { Link } from 'react-router';
import { useUser } from '../auth/auth-context';
import { HOME_OF } from '../layout/areas';

export function NotFoundPage() {
  const user = useUser();
  return (
    <section className="empty-state">
      <h1>Page not found</h1>
      <p>There is no page at this address. It may have moved, or the link was mistyped.</p>
      <Link className="btn btn-primary" to={HOME_OF[user.role]}>
        Go to my start page
      </Link>
    </section>
  );
}
