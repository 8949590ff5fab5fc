import type { SecretName, SecretStore } from './secret-store';

/** The keychain "service" every station entry is filed under; the account tells stations apart. */
export const KEYCHAIN_SERVICE = 'Warehouse Station';

/** The part of keytar the station uses. */
export interface Keytar {
  getPassword(service: string, account: string): Promise<string | null>;
  setPassword(service: string, account: string, password: string): Promise<void>;
  deletePassword(service: string, account: string): Promise<boolean>;
}

/**
 * keytar is an optional native dependency, so it is imported only when wanted and may be missing.
 * It is CommonJS: Node's ESM loader hands it back under `default`, a bundler may hand back the
 * functions themselves.
 */
export async function loadKeytar(): Promise<Keytar> {
  const mod = (await import('keytar')) as Partial<Keytar> & { default?: Keytar };
  return mod.default ?? (mod as Keytar);
}

export class KeytarSecretStore implements SecretStore {
  readonly backend = 'keychain';
  readonly warning = null;
  #keytar: Promise<Keytar> | undefined;

  /** `instanceId` is per data dir, so two stations on one machine never share secrets. */
  constructor(private readonly instanceId: string) {
    if (!instanceId) throw new Error('KeytarSecretStore needs an instance id');
  }

  async get(name: SecretName): Promise<string | null> {
    return (await this.keytar()).getPassword(KEYCHAIN_SERVICE, this.account(name));
  }

  async set(name: SecretName, value: string): Promise<void> {
    // keytar refuses empty passwords; an empty secret means "none" in every store.
    if (value === '') return this.delete(name);
    await (await this.keytar()).setPassword(KEYCHAIN_SERVICE, this.account(name), value);
  }

  async delete(name: SecretName): Promise<void> {
    await (await this.keytar()).deletePassword(KEYCHAIN_SERVICE, this.account(name));
  }

  private account(name: SecretName): string {
    return `${this.instanceId}/${name}`;
  }

  private keytar(): Promise<Keytar> {
    return (this.#keytar ??= loadKeytar());
  }
}
