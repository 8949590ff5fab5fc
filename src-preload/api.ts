// The contract between the Electron main process, the preload and the renderer. The renderer
// imports it type-only, so nothing here may pull in electron at run time.

export const CHANNELS = {
  info: 'station:info',
  sessionGet: 'station:session:get',
  sessionSet: 'station:session:set',
  printPdf: 'station:print-pdf',
  printers: 'station:printers',
  saveFile: 'station:save-file',
  deviceEvent: 'station:device-event',
} as const;

export interface StationInfo {
  url: string;
  version: string;
}

/** The login tokens, kept by the main process so that reloading the window keeps the login. */
export interface StationSession {
  access: string;
  refresh: string;
}

export interface PrintPdfRequest {
  /** A station URL, absolute or relative to the station. */
  url: string;
  /** OS printer name (`listPrinters()`); without it the system print dialog opens. */
  printerName?: string;
}

export interface PrintPdfResult {
  ok: boolean;
  error?: string;
}

export interface SaveFileRequest {
  defaultName: string;
  /** Strings are written as UTF-8. */
  data: Uint8Array | string;
}

export type DeviceEvent =
  | { type: 'scan'; code: string; source: string }
  | { type: 'scanner-status'; source: string; connected: boolean; error?: string };

/** `window.station`, present only inside the desktop app. */
export interface StationBridge {
  info(): Promise<StationInfo>;
  getSession(): Promise<StationSession | null>;
  setSession(session: StationSession | null): Promise<void>;
  printPdf(req: PrintPdfRequest): Promise<PrintPdfResult>;
  /** OS printer names, as `printPdf` expects them. */
  listPrinters(): Promise<string[]>;
  /** The chosen path, or null when the user cancelled. */
  saveFile(req: SaveFileRequest): Promise<string | null>;
  /** Returns the unsubscribe function. */
  onDeviceEvent(cb: (event: DeviceEvent) => void): () => void;
}
