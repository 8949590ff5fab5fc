import { useStationEvents } from '../../hooks/useStationEvents';

function serialScan(data: unknown): string | null {
  const { code, source } = (data ?? {}) as { code?: unknown; source?: unknown };
  return typeof code === 'string' && typeof source === 'string' && source.startsWith('serial')
    ? code
    : null;
}

/**
 * Calls `onScan` for each code the station's serial gun reads. The station reads the port and
 * streams the scan to every open screen, so the desk hears it the same way in the desktop
 * window and in a browser.
 */
export function useSerialScans(onScan: (code: string) => void): void {
  useStationEvents((event) => {
    if (event.type !== 'scan') return;
    const code = serialScan(event.data);
    if (code) onScan(code);
  });
}
