import type { Session } from './types';

/** Where the tokens live between page loads. */
export interface SessionStore {
  load(): Promise<Session | null>;
  save(session: Session | null): Promise<void>;
}

const KEY = 'warehouse-station.session';

function isSession(value: unknown): value is Session {
  const v = value as Partial<Session> | null;
  return typeof v?.access === 'string' && typeof v.refresh === 'string';
}

const browserStore: SessionStore = {
  async load() {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
      return isSession(parsed) ? parsed : null;
    } catch {
      return null;
    }
  },
  async save(session) {
    if (session) localStorage.setItem(KEY, JSON.stringify(session));
    else localStorage.removeItem(KEY);
  },
};

/** In the desktop window the preload keeps tokens out of page storage; handhelds use localStorage. */
export function sessionStore(): SessionStore {
  const bridge = window.station;
  if (!bridge) return browserStore;
  return {
    load: () => bridge.getSession(),
    save: (session) => bridge.setSession(session),
  };
}
