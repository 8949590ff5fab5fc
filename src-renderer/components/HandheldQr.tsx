import type { StationLan } from '../api/types';
import { useApiData } from '../hooks/useApiData';
import { Alert } from './Alert';
import { LoadError } from './LoadError';
import * as station from '../../src-main/contract/station';

/**
 * The picker URL of each of the station's LAN addresses, as a QR code a phone's camera opens.
 * When handhelds cannot connect (loopback only, or no network), it says so instead of showing a
 * code that leads nowhere.
 */
export function HandheldQr({ compact = false }: { compact?: boolean }) {
  const lan = useApiData(station.lan);
  if (lan.error) return <LoadError message={lan.error} onRetry={lan.reload} />;
  if (!lan.data) return <p className="muted">Looking up this station’s network address…</p>;
  return <LanReach lan={lan.data} compact={compact} />;
}

/** What `GET /api/station/lan` answered, as the codes to scan or the reason there are none. */
export function LanReach({ lan, compact }: { lan: StationLan; compact: boolean }) {
  const { loopback_only, listening_on, addresses, lan_enabled } = lan;
  if (loopback_only) {
    return (
      <Alert tone="warning">
        <p>
          Handhelds cannot connect: the station listens only on this PC ({listening_on}).{' '}
          {lan_enabled
            ? 'It was started for this PC alone; restart it without --host 127.0.0.1.'
            : 'Turn on “Let handhelds connect” in Settings → Network and restart the station.'}
        </p>
      </Alert>
    );
  }
  if (!addresses.length) {
    return (
      <Alert tone="warning">
        <p>This PC has no network address yet: connect it to the warehouse Wi-Fi or network.</p>
      </Alert>
    );
  }
  return (
    <ul className={`handheld-qrs${compact ? ' compact' : ''}`} aria-label="Picker addresses">
      {addresses.map((a) => (
        <li key={a.picker_url} className="handheld-qr" data-testid="handheld-qr">
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(a.qr_svg)}`}
            alt={`QR code of ${a.picker_url}`}
          />
          <span>
            <strong className="mono">{a.picker_url}</strong>
            <span className="cell-note">
              Via {a.interface}: scan it with the phone’s camera, then sign in.
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
