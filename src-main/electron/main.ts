import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, shell, type BrowserWindow, type Tray } from 'electron';
import { startStation } from '../station';
import type { RunningStation } from '../station-options';
import { registerIpc } from './ipc';
import { createTray } from './tray';
import { createStationWindow } from './window';

// Resolved here, in the entry, because this file is the one that becomes out/main/index.js.
const preload = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const icon = join(app.getAppPath(), 'resources', 'icon.png');

let station: RunningStation | undefined;
let window: BrowserWindow | undefined;
// Held so that it is not garbage-collected, which would take the icon off the tray.
let tray: Tray | undefined;
let quitting = false;
let stationClosing: Promise<void> | undefined;

function showWindow(): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

async function boot(): Promise<void> {
  const running = await startStation({
    dataDir: app.getPath('userData'),
    port: Number(process.env.STATION_PORT ?? 5780),
    log: true,
  });
  station = running;
  registerIpc(running.url);
  window = createStationWindow(running.url, preload, icon);
  // Closing the window only hides it: the station keeps serving the handhelds.
  window.on('close', (event) => {
    if (quitting) return;
    event.preventDefault();
    window?.hide();
  });
  tray = createTray(icon, {
    open: showWindow,
    openInBrowser: () => {
      shell.openExternal(running.url).catch((err: unknown) => console.error(err));
    },
    quit: () => app.quit(),
  });
}

// Whatever starts the quit (tray, Cmd+Q, OS logout), the station closes its database first.
app.on('before-quit', (event) => {
  quitting = true;
  if (!station) return;
  event.preventDefault();
  stationClosing ??= station
    .close()
    .catch((err: unknown) => console.error('Station close failed:', err))
    .finally(() => {
      station = undefined;
      tray?.destroy();
      app.quit();
    });
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showWindow);
  app.on('activate', showWindow);
  app
    .whenReady()
    .then(boot)
    .catch((err: unknown) => {
      dialog.showErrorBox(
        'Warehouse Station could not start',
        err instanceof Error ? err.message : String(err),
      );
      app.exit(1);
    });
}
