import type { QueueStorage } from '../pages/picker/offline-queue';

/** localStorage as the picker uses it, kept in memory so each test starts empty. */
export function memoryStorage(): QueueStorage {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
  };
}
