/**
 * Browsers run service workers only in a secure context: https, or http on this machine
 * (127.0.0.1 / localhost). A handheld on http://192.168.x.y has none, and keeps working as
 * before, from the page it has open.
 */
export const canKeepAppShell = () => 'serviceWorker' in navigator && window.isSecureContext;

/**
 * Installs the worker that lets /picker open without the station. Not in the desktop window: it
 * has the station in-process. (The dev server has no sw.js; there the attempt only warns.)
 */
export function registerAppShell(): void {
  if (window.station || !canKeepAppShell()) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((err: unknown) => {
      console.warn('The offline app shell could not be installed:', err);
    });
  });
}
