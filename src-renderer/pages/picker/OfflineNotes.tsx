import type { Picklist } from '../../api/types';
import { Alert } from '../../components/Alert';
import { canKeepAppShell } from '../../pwa/register';
import { clockTime } from '../picklist/relative-time';

/** A list the handheld answered from its own copy says so, and how old it is. */
export function OfflineCopyNote({ picklist }: { picklist: Picklist | null }) {
  const copy = picklist?.offline_copy;
  if (!copy) return null;
  return (
    <Alert tone="warning">
      Offline — list from {clockTime(copy.saved_at)}. Others may have picked since; what you pick is
      kept on this handheld and sent when the station is back.
    </Alert>
  );
}

/**
 * On a plain-http network address the browser will not keep the picker for offline use, so a
 * reload without the station fails. Said once, at the foot of the list, with the ways out.
 */
export function NoOfflineReloadNote() {
  if (window.station || canKeepAppShell()) return null;
  return (
    <p className="muted picker-foot-note">
      This handheld opened the station at a plain http address, so the browser cannot keep the
      picker for offline use: do not reload this page while the station is out of reach (waiting
      picks are kept either way). To make reloading work offline, open the station over https, or in
      Chrome add this address under chrome://flags → “Insecure origins treated as secure”.
    </p>
  );
}
