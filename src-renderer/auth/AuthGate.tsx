import { AppLayout } from '../layout/AppLayout';
import { AuthScreen } from './AuthScreen';
import { useAuth } from './auth-context';
import { FirstRunPage } from './FirstRunPage';
import { LoginPage } from './LoginPage';

/**
 * Sits at the root of every route, so whatever address was opened, the signed-out screens
 * appear in its place and, once someone signs in, the page at that address does.
 */
export function AuthGate() {
  const { state, retry } = useAuth();
  switch (state.status) {
    case 'loading':
      return (
        <main className="splash" aria-busy="true">
          <p className="muted">Connecting to the station…</p>
        </main>
      );
    case 'unreachable':
      return (
        <AuthScreen title="Cannot reach the station">
          <p>{state.message}</p>
          <button className="btn btn-primary btn-block" type="button" onClick={retry}>
            Try again
          </button>
        </AuthScreen>
      );
    case 'needs-setup':
      return <FirstRunPage />;
    case 'signed-out':
      return <LoginPage notice={state.notice} />;
    case 'signed-in':
      return <AppLayout />;
  }
}
