import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type StationSession } from '../../src-preload/api';
import { printPdf } from './print';

export function registerIpc(stationUrl: string): void {
  const origin = new URL(stationUrl).origin;
  // In memory only: the tokens live as long as the app, like a browser session.
  let session: StationSession | null = null;

  // Every channel answers the station's own pages only, never a page that slipped in.
  const handle = (
    channel: string,
    listener: (event: IpcMainInvokeEvent, arg: unknown) => unknown,
  ) =>
    ipcMain.handle(channel, (event, arg: unknown) => {
      const frameUrl = event.senderFrame?.url;
      if (!frameUrl || !URL.canParse(frameUrl) || new URL(frameUrl).origin !== origin) {
        throw new Error(`${channel} is only available to the station window`);
      }
      return listener(event, arg);
    });

  handle(CHANNELS.sessionGet, () => session);
  handle(CHANNELS.sessionSet, (_event, arg) => {
    session = parseSession(arg);
  });
  handle(CHANNELS.printPdf, (_event, arg) => {
    const req = arg as { url?: unknown; printerName?: unknown } | null;
    if (typeof req?.url !== 'string') throw new Error('printPdf needs a url');
    if (req.printerName !== undefined && typeof req.printerName !== 'string') {
      throw new Error('printerName must be a string');
    }
    const url = new URL(req.url, stationUrl);
    // The access token goes with the request, so it must never leave the station.
    if (url.origin !== origin) throw new Error(`Only station PDFs can be printed, not ${req.url}`);
    return printPdf(url.href, session?.access, req.printerName || undefined);
  });
}

function parseSession(arg: unknown): StationSession | null {
  if (arg === null) return null;
  const s = arg as Partial<StationSession> | undefined;
  if (typeof s?.access !== 'string' || typeof s.refresh !== 'string') {
    throw new Error('A session is { access, refresh } or null');
  }
  return { access: s.access, refresh: s.refresh };
}
