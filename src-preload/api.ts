// The contract between the Electron main process, the preload and the renderer. The renderer
// imports it type-only, so nothing here may pull in electron at run time.
// Data and live events (serial scans among them) reach the window over the HTTP API and its
// event stream, as they reach a handheld; the bridge holds only what a browser page cannot do.

export const CHANNELS = {
  sessionGet: 'station:session:get',
  sessionSet: 'station:session:set',
  printPdf: 'station:print-pdf',
} as const;

/** The login tokens, kept by the main process so that reloading the window keeps the login. */
export interface StationSession {
  access: string;
  refresh: string;
}

export interface PrintPdfRequest {
  /** A station URL, absolute or relative to the station. */
  url: string;
  /** An OS printer name; without it the system print dialog opens. */
  printerName?: string;
}

export interface PrintPdfResult {
  ok: boolean;
  error?: string;
}

/** `window.station`, present only inside the desktop app. */
export interface StationBridge {
  getSession(): Promise<StationSession | null>;
  setSession(session: StationSession | null): Promise<void>;
  printPdf(req: PrintPdfRequest): Promise<PrintPdfResult>;
}
