import type { User } from '../api/types';
import { PICKLIST_CACHE } from './offline-copy';

const USER_KEY = 'warehouse-station.offline-user';

/**
 * Who is signed in on this device, kept beside their tokens so that opening the picker without
 * the station can carry on as them: the station is asked again as soon as it answers.
 */
export function rememberUser(user: User): void {
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

export function rememberedUser(): User | null {
  try {
    const user = JSON.parse(localStorage.getItem(USER_KEY) ?? 'null') as Partial<User> | null;
    return typeof user?.username === 'string' && typeof user.role === 'string'
      ? (user as User)
      : null;
  } catch {
    return null;
  }
}

/** When the session ends, nothing of it stays on the device: not the user, not their list. */
export async function forgetOfflineSession(): Promise<void> {
  localStorage.removeItem(USER_KEY);
  // CacheStorage exists only in a secure context, the only place the worker keeps a list.
  if (window.caches) await caches.delete(PICKLIST_CACHE);
}
