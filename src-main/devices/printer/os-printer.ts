import { spawn } from 'node:child_process';
import { inSeconds, printerError } from './printer-errors';

export interface OsPrintOptions {
  timeoutMs: number;
  /** The PATH searched for lp; the station's own by default. */
  searchPath?: string;
}

/**
 * Hands raw ESC/POS bytes to the OS printer NAME through CUPS's `lp -o raw`. The driver's own
 * OS-printer interface needs a native printing module the station does not ship, and lp is
 * what Linux and macOS desks have.
 */
export function printWithLp(name: string, bytes: Buffer, opts: OsPrintOptions): Promise<void> {
  const printer = `printer:${name}`;
  return new Promise((resolve, reject) => {
    const env =
      opts.searchPath === undefined ? process.env : { ...process.env, PATH: opts.searchPath };
    const lp = spawn('lp', ['-d', name, '-o', 'raw'], { env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    lp.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      lp.kill();
      reject(
        printerError(
          'printer_unreachable',
          `The print system did not take the job for printer "${name}" within ${inSeconds(opts.timeoutMs)}. Check that CUPS is running.`,
          printer,
          'timeout',
        ),
      );
    }, opts.timeoutMs);
    lp.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        err.code === 'ENOENT'
          ? printerError(
              'printer_driver_missing',
              `Printing to ${printer} needs the CUPS command lp, which this PC does not have. Install CUPS, or connect the printer over the network (tcp://…) under Settings → Printer.`,
              printer,
              'lp not found',
            )
          : printerError(
              'printer_failed',
              `The print system could not be started for ${printer}: ${err.message}`,
              printer,
              err.code,
            ),
      );
    });
    lp.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const why = stderr.trim().split('\n')[0] || `lp ended with code ${code}`;
      reject(
        printerError(
          'printer_failed',
          `The printer "${name}" did not take the job: ${why}`,
          printer,
          `lp exit ${code}`,
        ),
      );
    });
    // lp may exit before reading everything (an unknown printer); its exit code says why, and
    // the broken pipe would otherwise be an unhandled error.
    lp.stdin.on('error', () => {});
    lp.stdin.end(bytes);
  });
}
