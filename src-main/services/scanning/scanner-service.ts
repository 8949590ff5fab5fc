import type { Db } from '../../platform/database';
import type { ScannerLog, ScannerSource } from '../../devices/scanner/scanner-source';
import type { SerialScannerOptions } from '../../devices/scanner/serial-scanner';
import type { EventBus } from '../events/event-bus';
import type { StationSettings } from '../../contract/settings';
import type { SettingsService } from '../settings/settings-service';
import type { ScanResolution } from '../../contract/scanning';
import type { ScannerStatus } from '../../contract/devices';
import { resolveScan } from './resolve';

/** The `scan` live event: every open screen gets it; the packing screen acts on it. */
export interface ScanEvent {
  code: string;
  /** `serial:<path>`, as the UI's keyboard scans say `keyboard`. */
  source: string;
  resolved: ScanResolution;
}

/** What the scanner service needs from the station (built in station.ts). */
export interface ScannerServiceDeps {
  db: Db;
  bus: EventBus;
  settings: SettingsService;
  /** Opens a serial gun: the real port in use, a pty pair in tests. */
  openSource: (opts: SerialScannerOptions, onCode: (code: string) => void) => ScannerSource;
}

export interface ScannerServiceOptions {
  /** How often the settings are read again for a new port, baud or terminator. */
  pollMs?: number;
  /** Passed to the serial scanner: the wait between attempts to open a missing port. */
  retryMs?: number;
}

type ScannerSettings = StationSettings['scanner'];

const POLL_MS = 2_000;
const SILENT: ScannerLog = { info: () => {}, warn: () => {} };

/**
 * Runs the serial scanner the admin set up, and turns its codes into `scan` events. It follows
 * the settings by reading them every couple of seconds: one primary-key read, and it sees every
 * way they change (the admin screen, a restored backup) without the settings knowing about it.
 */
export class ScannerService {
  private source: ScannerSource | null = null;
  private path: string | null = null;
  private applied = '';
  private running = false;
  private lastScanAt: string | null = null;
  private poll: NodeJS.Timeout | undefined;
  private log: ScannerLog = SILENT;
  private applying: Promise<void> = Promise.resolve();

  constructor(
    private readonly ctx: ScannerServiceDeps,
    private readonly opts: ScannerServiceOptions = {},
  ) {}

  start(log: ScannerLog = SILENT): Promise<void> {
    if (this.running) return this.applying;
    this.running = true;
    this.log = log;
    this.poll = setInterval(() => void this.reconfigure(), this.opts.pollMs ?? POLL_MS);
    return this.reconfigure();
  }

  /** Releases the port; resolves once nothing of the scanner is left running. */
  stop(): Promise<void> {
    this.running = false;
    clearInterval(this.poll);
    return this.reconfigure();
  }

  status(): ScannerStatus {
    const state = this.source?.state() ?? { connected: false, error: null };
    return { path: this.path, ...state, last_scan_at: this.lastScanAt };
  }

  /** Re-reads the settings and reopens the scanner if they changed. Calls run one at a time. */
  reconfigure(): Promise<void> {
    this.applying = this.applying
      .then(() => this.apply())
      .catch((err: Error) => this.log.warn(`Serial scanner settings: ${err.message}`));
    return this.applying;
  }

  private async apply(): Promise<void> {
    const wanted = this.running ? this.ctx.settings.station().scanner : null;
    const key = wanted?.serial_path ? JSON.stringify(wanted) : '';
    if (key === this.applied) return;
    this.applied = key;
    // The old port must be released first: a port is opened with an exclusive lock.
    const had = this.source !== null;
    await this.source?.stop();
    this.source = null;
    this.path = null;
    if (key && wanted) this.open(wanted);
    else if (had) this.publishStatus();
  }

  private open({ serial_path: path, baud, terminator }: ScannerSettings): void {
    const source = `serial:${path}`;
    this.path = path;
    this.source = this.ctx.openSource(
      {
        path,
        baud,
        terminator,
        retryMs: this.opts.retryMs,
        log: this.log,
        onState: () => this.publishStatus(),
      },
      (code) => this.scanned(code, source),
    );
  }

  private publishStatus(): void {
    this.ctx.bus.publish('scanner_status', this.status());
  }

  private scanned(code: string, source: string): void {
    // Called from the port's data event: a throw here would take the whole station down.
    try {
      const event: ScanEvent = { code, source, resolved: resolveScan(this.ctx.db, code) };
      this.lastScanAt = new Date().toISOString();
      this.ctx.bus.publish('scan', event);
    } catch (err) {
      this.log.warn(`A scan of "${code}" could not be resolved: ${(err as Error).message}`);
    }
  }
}
