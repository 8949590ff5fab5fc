import { useApiData } from '../../hooks/useApiData';
import { useStationEvents } from '../../hooks/useStationEvents';
import * as devices from '../../../src-main/contract/devices';

/**
 * Whether the desk's serial gun is plugged in, live: a gun that was knocked out of its socket
 * scans into nothing, and the packer should see that before scanning a whole order.
 * Nothing shows when no serial gun is set up (USB guns in keyboard mode need no status).
 */
export function SerialScannerChip() {
  const scanner = useApiData(devices.scanner);
  useStationEvents((event) => {
    if (event.type === 'scanner_status') scanner.update(() => event.data);
  });
  const status = scanner.data;
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
