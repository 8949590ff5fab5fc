import type { SecretStore } from './platform/secrets/secret-store';
import type { FetchOptions } from './services/storefront/fetch-feed';

export interface StationOptions {
  /** Folder for station.db, backups and (only without a keychain) secrets.json. */
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Address to listen on; undefined = the LAN setting (0.0.0.0, or 127.0.0.1 when LAN is off). */
  host?: string;
  /** `auto` tries the OS keychain and falls back to a file; tests force one or pass a store. */
  secrets?: 'auto' | 'keychain' | 'file' | SecretStore;
  /** false silences the request log (tests). */
  log?: boolean;
  /**
   * Without a storefront configured, serve a generated demo feed and import it at startup, so a
   * newcomer sees a real pick list. Does nothing once a storefront URL is set.
   */
  demo?: boolean;
  /**
   * Check every JSON answer against its route's response schema, and fail the request (500)
   * when it does not match: tests and e2e stations run so, so the contract cannot drift from the
   * code. Off in use: answers come from our own typed code. Also `STATION_CHECK_ANSWERS=1`.
   */
  checkAnswers?: boolean;
  /** Tests shorten the storefront timeouts, retry waits and page size cap. */
  storefrontFetch?: Partial<FetchOptions>;
}

export interface RunningStation {
  /** http://127.0.0.1:<port> — what the window and local browsers open. */
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}
