import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ScannerStatus } from '../../api/types';
import { useStationEvents } from '../../hooks/useStationEvents';

/**
 * Whether the desk's serial gun is plugged in, live: a gun that was knocked out of its socket
 * scans into nothing, and the packer should see that before scanning a whole order.
 * Nothing shows when no serial gun is set up (USB guns in keyboard mode need no status).
 */
export function SerialScannerChip() {
  const [status, setStatus] = useState<ScannerStatus | null>(null);
  useEffect(() => {
    let live = true;
    api.get<ScannerStatus>('/devices/scanner').then(
      (answer) => live && setStatus(answer),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  useStationEvents((event) => {
    if (event.type === 'scanner_status') setStatus(event.data);
  });
  if (!status?.path) return null;
  return (
    <span
      className={status.connected ? 'badge badge-ok' : 'badge badge-warn'}
      role="status"
      title={status.error ?? status.path}
    >
      {status.connected ? 'Serial scanner connected' : 'Serial scanner unplugged — reconnecting…'}
    </span>
  );
}
