import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { SecretName, SecretStore } from './secret-store';

export const secretsFile = (dataDir: string) => join(dataDir, 'secrets.json');

type Secrets = Partial<Record<SecretName, string>>;

/**
 * Secrets in `<dataDir>/secrets.json`, readable only by this user: the fallback when no OS
 * keychain is reachable. Synchronous fs on purpose: the file is tiny, and a read-modify-write that
 * never yields cannot lose a concurrent `set`.
 */
export class FileSecretStore implements SecretStore {
  readonly backend = 'file';
  readonly file: string;

  constructor(
    dataDir: string,
    readonly warning: string | null,
  ) {
    this.file = secretsFile(dataDir);
  }

  async get(name: SecretName): Promise<string | null> {
    return this.read()[name] ?? null;
  }

  async set(name: SecretName, value: string): Promise<void> {
    // Empty means "none", as in the keychain store (which cannot hold an empty password).
    if (value === '') return this.delete(name);
    this.write({ ...this.read(), [name]: value });
  }

  async delete(name: SecretName): Promise<void> {
    const secrets = this.read();
    if (!(name in secrets)) return;
    delete secrets[name];
    this.write(secrets);
  }

  private read(): Secrets {
    let text: string;
    try {
      text = readFileSync(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw err;
    }
    let secrets: unknown = null;
    try {
      secrets = JSON.parse(text);
    } catch {
      // Reported just below, with the file's name.
    }
    // Never "start afresh" here: that would silently drop the signing key and API credentials.
    if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) {
      throw new Error(`${this.file} is not a JSON object of secrets; fix or remove it to continue`);
    }
    return secrets as Secrets;
  }

  /** Temp file + rename, so a crash mid-write leaves the old file rather than a torn one. */
  private write(secrets: Secrets): void {
    const temp = `${this.file}.${randomUUID()}.tmp`;
    try {
      const fd = openSync(temp, 'wx', 0o600);
      try {
        writeSync(fd, `${JSON.stringify(secrets, null, 2)}\n`);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      // The umask may have narrowed the mode; the file must still be exactly owner read/write.
      chmodSync(temp, 0o600);
      renameSync(temp, this.file);
    } catch (err) {
      rmSync(temp, { force: true });
      throw err;
    }
  }
}
