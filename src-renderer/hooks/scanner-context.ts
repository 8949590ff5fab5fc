import { createContext } from 'react';

export interface Scan {
  code: string;
  /** `keyboard` for a USB gun in keyboard mode; otherwise the serial port it came from. */
  source: string;
}

export type ScanListener = (scan: Scan) => void;

/** Fans one stream of scans out to whichever screens are listening. */
export class ScanHub {
  private readonly listeners = new Set<ScanListener>();

  subscribe(listener: ScanListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(scan: Scan): void {
    for (const listener of this.listeners) listener(scan);
  }
}

export const ScannerContext = createContext<ScanHub | null>(null);
