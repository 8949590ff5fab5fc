import { FileSecretStore, secretsFile } from './file-store';
import { KEYCHAIN_SERVICE, KeytarSecretStore, loadKeytar } from './keytar-store';
import type { SecretStore } from './secret-store';

export { FileSecretStore, secretsFile } from './file-store';
export { KEYCHAIN_SERVICE, KeytarSecretStore } from './keytar-store';
export { SECRET_NAMES, type SecretName, type SecretStore } from './secret-store';

/**
 * How long the keychain gets to answer the start-up probe. A Secret Service that is registered but
 * cannot unlock (no one to answer its prompt) hangs rather than fails.
 */
export const KEYCHAIN_PROBE_TIMEOUT_MS = 3000;

export interface SecretStoreOptions {
  dataDir: string;
  /** A random id per data dir; keeps two stations' keychain entries apart. */
  instanceId: string;
  /** `auto` = the keychain when reachable, else the file, with a warning for the admin UI. */
  mode: 'auto' | 'keychain' | 'file';
}

export async function createSecretStore(opts: SecretStoreOptions): Promise<SecretStore> {
  if (opts.mode === 'file') return new FileSecretStore(opts.dataDir, null);
  const problem = await probeKeychain(opts.instanceId);
  if (problem === null) return new KeytarSecretStore(opts.instanceId);
  if (opts.mode === 'keychain') {
    throw new Error(
      `The OS keychain is not reachable (${problem}). Unlock or start it, or set STATION_SECRET_STORE=file.`,
    );
  }
  return new FileSecretStore(
    opts.dataDir,
    `No OS keychain is reachable (${problem}), so secrets are kept in ${secretsFile(opts.dataDir)}, readable only by this user.`,
  );
}

/** Writes, reads back and removes a throwaway entry. Resolves to null when that worked, else why not. */
async function probeKeychain(instanceId: string): Promise<string | null> {
  const account = `${instanceId}/keychain-probe`;
  const value = `probe-${Date.now()}`;
  const roundTrip = async () => {
    const keytar = await loadKeytar();
    await keytar.setPassword(KEYCHAIN_SERVICE, account, value);
    const readBack = await keytar.getPassword(KEYCHAIN_SERVICE, account);
    await keytar.deletePassword(KEYCHAIN_SERVICE, account);
    if (readBack !== value) throw new Error('it did not give back what was stored');
  };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer within ${KEYCHAIN_PROBE_TIMEOUT_MS / 1000} s`)),
      KEYCHAIN_PROBE_TIMEOUT_MS,
    );
  });
  try {
    await Promise.race([roundTrip(), timeout]);
    return null;
  } catch (err) {
    return shortReason(err);
  } finally {
    clearTimeout(timer);
  }
}

/** The first line of the error, kept short enough for a sentence in the admin UI. */
function shortReason(err: unknown): string {
  if ((err as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND')
    return 'keytar is not installed';
  const line = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}
