/** Where a scanner stands right now; `error` is the last reason it is not connected. */
export interface SourceState {
  connected: boolean;
  error: string | null;
}

/**
 * A barcode scanner the main process reads (a serial gun today). It hands each code to the
 * callback it was created with, keeps itself connected until stopped, and says how it stands.
 */
export interface ScannerSource {
  state(): SourceState;
  /** Resolves once the device is released and nothing of the source keeps running. */
  stop(): Promise<void>;
}

/** Where status messages go: the station's log, or nowhere in tests. */
export interface ScannerLog {
  info(msg: string): void;
  warn(msg: string): void;
}

// Guns wrap codes in prefixes and suffixes of their own (STX/ETX, a stray CR, spaces) that are
// never part of a barcode, an order number, a SKU or a bin.
const EDGES = /^[\s\p{Cc}]+|[\s\p{Cc}]+$/gu;

/** The code without the whitespace and control characters around it. */
export const cleanCode = (raw: string): string => raw.replace(EDGES, '');
