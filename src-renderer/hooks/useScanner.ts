import { useContext, useEffect, useEffectEvent } from 'react';
import { ScannerContext, type ScanListener } from './scanner-context';

/**
 * Calls `onScan` for every barcode read while the component is mounted, from a USB gun in
 * keyboard mode or a serial gun on the desktop station. The latest `onScan` is always used, so
 * it may close over fresh state without resubscribing.
 */
export function useScanner(onScan: ScanListener): void {
  const hub = useContext(ScannerContext);
  if (!hub) throw new Error('useScanner must be used inside <ScannerProvider>');
  const handle = useEffectEvent(onScan);
  useEffect(() => hub.subscribe((scan) => handle(scan)), [hub]);
}
