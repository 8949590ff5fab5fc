import { createContext, useContext } from 'react';
import type { NewUser, User } from '../api/types';

export type AuthState =
  | { status: 'loading' }
  | { status: 'unreachable'; message: string }
  | { status: 'needs-setup' }
  | { status: 'signed-out'; notice?: string }
  | { status: 'signed-in'; user: User };

/** Any new account but for the role, which for the first one can only be admin. */
export type FirstAdmin = Omit<NewUser, 'role'>;

export interface Auth {
  state: AuthState;
  /** Throws ApiError so the form can show the station's message. */
  login(username: string, password: string): Promise<void>;
  createFirstAdmin(admin: FirstAdmin): Promise<void>;
  logout(): Promise<void>;
  /** Asks the station again after it could not be reached. */
  retry(): void;
}

export const AuthContext = createContext<Auth | null>(null);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth must be used inside <AuthProvider>');
  return auth;
}

/** For pages inside the signed-in shell, where a user always exists. */
export function useUser(): User {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useUser needs a signed-in user');
  return state.user;
}
