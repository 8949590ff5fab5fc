import { StationError } from '../../domain/errors';

/** "3 seconds", "0.3 seconds", "1 second". */
export function inSeconds(ms: number): string {
  const s = Number((ms / 1000).toFixed(1));
  return `${s} second${s === 1 ? '' : 's'}`;
}

/** The printer did not take the job: 502, the station is fine but what it talks to is not. */
export const printerError = (code: string, message: string, printer: string, reason?: string) =>
  new StationError(502, code, message, { printer, ...(reason && { reason }) });

const CHECK_IT = 'Check that it is switched on and connected.';

/** Why a network printer did not take the job, in words a packer can act on. */
export function tcpFailure(err: unknown, host: string, port: number, timeoutMs: number) {
  const at = `${host}:${port}`;
  const printer = `tcp://${at}`;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  // The driver rejects with this message when its socket timeout fires.
  if (err instanceof Error && err.message === 'Socket timeout') {
    return printerError(
      'printer_unreachable',
      `The printer at ${at} did not answer within ${inSeconds(timeoutMs)}. ${CHECK_IT}`,
      printer,
      'timeout',
    );
  }
  if (code === 'ECONNREFUSED') {
    return printerError(
      'printer_unreachable',
      `The printer at ${at} refused the connection. ${CHECK_IT} If it is, check the address under Settings → Printer.`,
      printer,
      code,
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return printerError(
      'printer_unreachable',
      `There is no printer called ${host} on the network. Check the address under Settings → Printer.`,
      printer,
      code,
    );
  }
  return printerError(
    'printer_unreachable',
    `The printer at ${at} could not be reached (${code ?? (err instanceof Error ? err.message : String(err))}). ${CHECK_IT}`,
    printer,
    code,
  );
}
