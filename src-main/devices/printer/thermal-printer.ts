import { BreakLine, ThermalPrinter, type PrinterTypes } from 'node-thermal-printer';
import { escposReceipt } from './escpos-receipt';
import { printWithLp } from './os-printer';
import { tcpFailure } from './printer-errors';
import { printerTarget, type PrinterSettings } from './printer-target';
import type { PrintResult, ReceiptJob, ReceiptPrinter } from './receipt-printer';

export interface ThermalOptions {
  /**
   * How long a network printer may stay silent (connecting, or taking bytes) before the job
   * fails. A packer waits on this, so it is short: a printer on the LAN answers in milliseconds.
   */
  timeoutMs?: number;
  /** The PATH searched for lp; the station's own by default. */
  searchPath?: string;
}

const DEFAULT_TIMEOUT_MS = 3000;

/**
 * The receipt printer on node-thermal-printer: its command set for the make in the settings,
 * its network interface (with a timeout) for tcp://, and lp for printer:NAME.
 * 409 no_printer when none is configured, 502 when the printer does not take the job.
 */
export function thermalPrinter(
  settings: PrinterSettings,
  opts: ThermalOptions = {},
): ReceiptPrinter {
  const target = printerTarget(settings);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return {
    async print(job: ReceiptJob): Promise<PrintResult> {
      const printer = new ThermalPrinter({
        type: settings.type as PrinterTypes,
        // The driver's OS-printer interface would demand its native module even to build bytes.
        interface: target.kind === 'tcp' ? target.uri : '',
        width: settings.width,
        // Receipt wraps text itself, with indents the driver's folding would break.
        breakLine: BreakLine.NONE,
        options: { timeout: timeoutMs },
      });
      job(escposReceipt(printer, settings.type, settings.width));
      const bytes = printer.getBuffer();
      if (target.kind === 'tcp') {
        await printer.execute().catch((err: unknown) => {
          throw tcpFailure(err, target.host, target.port, timeoutMs);
        });
      } else {
        await printWithLp(target.name, bytes, { timeoutMs, searchPath: opts.searchPath });
      }
      return { printer: target.uri, bytes: bytes.length };
    },
  };
}
