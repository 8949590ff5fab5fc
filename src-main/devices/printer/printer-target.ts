import { conflict } from '../../domain/errors';
import type { PrinterSettings } from '../../domain/printers';

export type { PrinterSettings, PrinterType } from '../../domain/printers';

/** Where the bytes go: a network printer's raw port, or a printer this PC's OS knows by name. */
export type PrinterTarget =
  | { kind: 'tcp'; uri: string; host: string; port: number }
  | { kind: 'os'; uri: string; name: string };

/** The configured printer; 409 no_printer when none is set up. */
export function printerTarget(settings: PrinterSettings): PrinterTarget {
  const uri = settings.interface;
  const tcp = /^tcp:\/\/([^\s:/]+):(\d{1,5})$/.exec(uri);
  if (tcp) return { kind: 'tcp', uri, host: tcp[1]!, port: Number(tcp[2]) };
  const os = /^printer:(.+)$/.exec(uri);
  if (os) return { kind: 'os', uri, name: os[1]! };
  throw conflict(
    'no_printer',
    'No receipt printer is set up. An admin can add one under Settings → Printer.',
  );
}
