import { canKeepAppShell } from '../../pwa/register';

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
