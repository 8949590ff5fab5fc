import { useEffect, useState, type ReactNode } from 'react';
import { ApiError } from '../api/api-error';
import { api, currentSession, loadSession, onSessionExpired, saveSession } from '../api/client';
import type { SignedIn } from '../api/types';
import { rememberedUser, rememberUser } from '../pwa/offline-session';
import { AuthContext, type Auth, type AuthState, type FirstAdmin } from './auth-context';
import * as authApi from '../../src-main/contract/auth';

const SESSION_ENDED = 'Your session has ended. Sign in again to continue.';

async function discover(): Promise<AuthState> {
  try {
    const health = await api.call(authApi.healthCheck);
    if (health.needs_setup) {
      // A session from before the data was wiped can only confuse the first-run page.
      await saveSession(null);
      return { status: 'needs-setup' };
    }
    if (!(await loadSession())) return { status: 'signed-out' };
    const user = await api.call(authApi.me);
    rememberUser(user);
    return { status: 'signed-in', user };
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) {
      return { status: 'signed-out', notice: SESSION_ENDED };
    }
    // Out of the station's reach, a handheld that was signed in opens as before: the picker
    // works from its queue and its last list, and the station checks the tokens once it answers.
    const user = rememberedUser();
    if (err instanceof ApiError && err.status === 0 && user && (await loadSession())) {
      return { status: 'signed-in', user };
    }
    return {
      status: 'unreachable',
      message: err instanceof Error ? err.message : String(err),
    };
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void discover().then((next) => {
      if (live) setState(next);
    });
    return () => {
      live = false;
    };
  }, [attempt]);

  useEffect(
    () => onSessionExpired(() => setState({ status: 'signed-out', notice: SESSION_ENDED })),
    [],
  );

  const signIn = async (answer: SignedIn) => {
    await saveSession({ access: answer.access, refresh: answer.refresh });
    rememberUser(answer.user);
    setState({ status: 'signed-in', user: answer.user });
  };

  const auth: Auth = {
    state,
    login: async (username, password) =>
      signIn(await api.call(authApi.login, { body: { username, password } })),
    createFirstAdmin: async (admin: FirstAdmin) =>
      signIn(await api.call(authApi.firstAdmin, { body: admin })),
    logout: async () => {
      const refresh = currentSession()?.refresh;
      // Signing out here must work even when the station cannot be told (offline, token gone).
      await api.call(authApi.logout, { body: refresh ? { refresh } : {} }).catch(() => undefined);
      await saveSession(null);
      setState({ status: 'signed-out' });
    },
    retry: () => {
      setState({ status: 'loading' });
      setAttempt((n) => n + 1);
    },
  };

  return <AuthContext value={auth}>{children}</AuthContext>;
}
