const DEVICE_KEY = 'warehouse-station.device-id';

/**
 * A random UUID. `crypto.randomUUID` exists only in secure contexts, and handhelds open the
 * station over plain http on the warehouse network; `getRandomValues` works everywhere.
 */
export function randomId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Made once per browser and kept, so the station can tell which handheld made each pick. */
export function deviceId(): string {
  let id = localStorage.getItem(DEVICE_KEY);
  if (!id) {
    id = `handheld-${randomId()}`;
    localStorage.setItem(DEVICE_KEY, id);
  }
  return id;
}
