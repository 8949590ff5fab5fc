import { Menu, nativeImage, Tray } from 'electron';

export interface TrayActions {
  open(): void;
  openInBrowser(): void;
  quit(): void;
}

export function createTray(iconPath: string, actions: TrayActions): Tray {
  const icon = nativeImage.createFromPath(iconPath);
  // macOS draws tray images at their own size in points; the other systems scale them down.
  const tray = new Tray(
    process.platform === 'darwin' ? icon.resize({ width: 16, height: 16 }) : icon,
  );
  tray.setToolTip('Warehouse Station');
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open', click: actions.open },
      { label: 'Open in browser', click: actions.openInBrowser },
      { type: 'separator' },
      { label: 'Quit', click: actions.quit },
    ]),
  );
  tray.on('click', actions.open);
  return tray;
}
