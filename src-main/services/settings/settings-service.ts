import type { WriteQueue } from '../../platform/write-queue';
import type { SecretName, SecretStore } from '../../platform/secrets/secret-store';
import { StationError } from '../../domain/errors';
import { EMAIL_DEFAULTS, STATION_DEFAULTS } from './defaults';
import {
  emailSettings,
  stationSettings,
  type EmailSettings,
  type EmailSettingsUpdate,
  type StationSettings,
  type StationSettingsUpdate,
} from '../../contract/settings';
import type { ReadDb } from '../../store/db';
import { readSetting, writeSetting } from '../../store/settings';

/** `base` with each given top-level value laid over it; nested objects are merged one level deep. */
function withDefaults<T extends object>(
  base: T,
  over: { [K in keyof T]?: unknown } | undefined,
): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(over ?? {})) {
    if (value === undefined) continue;
    const current = out[key];
    const nested =
      current && typeof current === 'object' && !Array.isArray(current) && key !== 'status_mapping';
    out[key] = nested ? { ...current, ...(value as object) } : value;
  }
  return out as T;
}

const stationIn = (db: ReadDb): StationSettings =>
  withDefaults(STATION_DEFAULTS, readSetting<Partial<StationSettings>>(db, 'station'));

const emailIn = (db: ReadDb): EmailSettings =>
  withDefaults(EMAIL_DEFAULTS, readSetting<Partial<EmailSettings>>(db, 'email'));

export interface SecretStorageView {
  backend: SecretStore['backend'];
  warning: string | null;
}

/** Settings as JSON rows in SQLite; their secrets go only to the SecretStore. */
export class SettingsService {
  constructor(
    private readonly db: ReadDb,
    private readonly writes: WriteQueue,
    private readonly secrets: SecretStore,
  ) {}

  get secretStorage(): SecretStorageView {
    return { backend: this.secrets.backend, warning: this.secrets.warning };
  }

  station(): StationSettings {
    return stationIn(this.db);
  }

  email(): EmailSettings {
    return emailIn(this.db);
  }

  async stationView() {
    return {
      ...this.station(),
      api_key_set: await this.has('storefront.api_key'),
      secret_storage: this.secretStorage,
    };
  }

  async emailView() {
    const current = this.email();
    return {
      smtp: { ...current.smtp, password_set: await this.has('smtp.password') },
      sms: { ...current.sms, auth_token_set: await this.has('sms.auth_token') },
      secret_storage: this.secretStorage,
    };
  }

  /** Applies a subset; answers whether the change needs a restart (the LAN listener). */
  async updateStation(
    update: StationSettingsUpdate,
    userId: number,
  ): Promise<{ restart_required: boolean }> {
    const { api_key, seller, lan, printer, scanner, ...top } = update;
    await this.writeSecret('storefront.api_key', api_key);
    // Read and written in one action, so a save made meanwhile is built on, not lost.
    return this.writes.run((tx) => {
      const current = stationIn(tx);
      const next = stationSettings.parse(
        withDefaults(current, { ...top, seller, lan, printer, scanner }),
      );
      writeSetting(tx, 'station', next, userId);
      return { restart_required: JSON.stringify(next.lan) !== JSON.stringify(current.lan) };
    });
  }

  async updateEmail(update: EmailSettingsUpdate, userId: number): Promise<void> {
    const { password, ...smtp } = update.smtp ?? {};
    const { auth_token, ...sms } = update.sms ?? {};
    await this.writeSecret('smtp.password', password);
    await this.writeSecret('sms.auth_token', auth_token);
    await this.writes.run((tx) => {
      const next = emailSettings.parse(withDefaults(emailIn(tx), { smtp, sms }));
      writeSetting(tx, 'email', next, userId);
    });
  }

  private async has(name: SecretName): Promise<boolean> {
    return (await this.secrets.get(name)) !== null;
  }

  private async writeSecret(name: SecretName, value: string | null | undefined): Promise<void> {
    if (value === undefined) return;
    try {
      if (value === null || value === '') await this.secrets.delete(name);
      else await this.secrets.set(name, value);
    } catch (err) {
      throw new StationError(
        503,
        'secret_store_unavailable',
        `The station could not save the secret in the ${this.secrets.backend}: ${(err as Error).message}`,
      );
    }
  }
}
