import { BrowserWindow, shell, type WebContents } from 'electron';

export function createStationWindow(
  stationUrl: string,
  preload: string,
  icon: string,
): BrowserWindow {
  const win = new BrowserWindow({
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    icon,
    title: 'Warehouse Station',
    webPreferences: { preload, contextIsolation: true, sandbox: true, nodeIntegration: false },
  });
  win.once('ready-to-show', () => win.show());
  keepOnStation(win.webContents, new URL(stationUrl).origin);
  win
    .loadURL(stationUrl)
    .catch((err: unknown) => console.error('Cannot load the station UI:', err));
  return win;
}

/** The window shows the station and nothing else; links elsewhere open in the OS browser. */
function keepOnStation(contents: WebContents, origin: string): void {
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url, origin);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (URL.canParse(event.url) && new URL(event.url).origin === origin) return;
    event.preventDefault();
    openOutside(event.url, origin);
  });
}

function openOutside(url: string, origin: string): void {
  if (!URL.canParse(url)) return;
  const target = new URL(url);
  // Other schemes (file:, custom protocols) could launch local programs.
  if (target.origin === origin || !['http:', 'https:', 'mailto:'].includes(target.protocol)) return;
  shell.openExternal(target.href).catch((err: unknown) => console.error('Cannot open', url, err));
}
