import { RegexParser, SerialPort } from 'serialport';
import { cleanCode, type ScannerLog, type ScannerSource, type SourceState } from './scanner-source';

export type ScanTerminator = 'enter' | 'tab';

export interface SerialScannerOptions {
  path: string;
  baud: number;
  terminator: ScanTerminator;
  /** Wait between attempts to open the port while it is missing or unplugged. */
  retryMs?: number;
  log?: ScannerLog;
  /** Told each time the gun connects or is lost, so screens can show it. */
  onState?: (state: SourceState) => void;
}

const RETRY_MS = 2_000;
const close = (port: SerialPort) => new Promise<void>((resolve) => port.close(() => resolve()));
const SILENT: ScannerLog = { info: () => {}, warn: () => {} };

// Guns set to "Enter" send CR, LF or CRLF depending on the model; the pieces of a CRLF can arrive
// in separate reads, so splitting on any run of them (and dropping empty lines) covers all three.
const SPLIT: Record<ScanTerminator, RegExp> = { enter: /[\r\n]+/, tab: /\t/ };

/**
 * A serial (RS-232 or USB-CDC) gun read with serialport. Unplugging it is normal at a packing
 * desk, so a lost or missing port is retried until stop(), and only changes of state are logged.
 */
export class SerialScanner implements ScannerSource {
  private port: SerialPort | null = null;
  private opening: Promise<void> = Promise.resolve();
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  private current: SourceState = { connected: false, error: null };
  private readonly retryMs: number;
  private readonly log: ScannerLog;

  constructor(
    private readonly opts: SerialScannerOptions,
    private readonly onCode: (code: string) => void,
  ) {
    this.retryMs = opts.retryMs ?? RETRY_MS;
    this.log = opts.log ?? SILENT;
  }

  start(): this {
    this.opening = this.open();
    return this;
  }

  state(): SourceState {
    return { ...this.current };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.opening;
    const port = this.port;
    this.port = null;
    if (port?.isOpen) await close(port);
  }

  private async open(): Promise<void> {
    const { path, baud, terminator } = this.opts;
    let port: SerialPort;
    try {
      port = new SerialPort({ path, baudRate: baud, autoOpen: false });
      await new Promise<void>((resolve, reject) =>
        port.open((err) => (err ? reject(err) : resolve())),
      );
    } catch (err) {
      return this.lost((err as Error).message);
    }
    if (this.stopped) return close(port);
    this.port = port;
    port.pipe(new RegexParser({ regex: SPLIT[terminator] })).on('data', (line: string) => {
      const code = cleanCode(line);
      if (code) this.onCode(code);
    });
    // Unplugging surfaces as `close` carrying a DisconnectedError; an `error` without a listener
    // would crash the station.
    port.on('close', (err: Error | null) => this.drop(port, err?.message ?? 'the port was closed'));
    port.on('error', (err: Error) => this.drop(port, err.message));
    this.set({ connected: true, error: null });
  }

  private drop(port: SerialPort, reason: string): void {
    if (this.port !== port) return;
    this.port = null;
    if (port.isOpen) void close(port);
    this.lost(`disconnected (${reason})`);
  }

  private lost(reason: string): void {
    this.set({ connected: false, error: reason });
    if (!this.stopped) {
      this.retry = setTimeout(() => (this.opening = this.open()), this.retryMs);
    }
  }

  private set(next: SourceState): void {
    const changed = next.connected !== this.current.connected || next.error !== this.current.error;
    this.current = next;
    if (!changed) return;
    this.opts.onState?.({ ...next });
    const where = `Serial scanner ${this.opts.path}`;
    if (next.connected) this.log.info(`${where}: connected at ${this.opts.baud} baud.`);
    else
      this.log.warn(
        `${where}: not connected: ${next.error}. Trying again every ${this.retryMs / 1000} s.`,
      );
  }
}

/** Opens the serial gun the settings name: the station's scanner port (built in station.ts). */
export const openSerialScanner = (opts: SerialScannerOptions, onCode: (code: string) => void) =>
  new SerialScanner(opts, onCode).start();
