import { conflict } from '../../domain/errors';
import type { SecretStore } from '../../platform/secrets/secret-store';
import type { SettingsService } from '../settings/settings-service';
import { DEMO_API_KEY, DEMO_FEED_PATH } from './demo-storefront';
import type { StorefrontSource } from './fetch-feed';

import type { SyncMode } from '../../contract/jobs';

/** Where the storefront import reads its feed from. */
export interface FeedSource {
  mode(): SyncMode;
  /** The feed to read now; a 409 storefront_not_configured says what is missing. */
  source(): Promise<StorefrontSource>;
}

/**
 * The station's choice of feed, made here and nowhere else: a real storefront, once configured
 * in Settings, always wins; otherwise the demo feed when the station runs with `--demo`.
 */
export class StationFeedSource implements FeedSource {
  private demoSource: StorefrontSource | null = null;

  constructor(
    private readonly deps: { settings: SettingsService; secrets: SecretStore },
    private readonly demo: boolean,
  ) {}

  /** The demo feed is served on the station's own port, so it can be read once that is known. */
  listening(stationUrl: string): void {
    if (this.demo)
      this.demoSource = { baseUrl: `${stationUrl}${DEMO_FEED_PATH}`, apiKey: DEMO_API_KEY };
  }

  mode(): SyncMode {
    if (this.deps.settings.station().api_base_url) return 'storefront';
    return this.demo ? 'demo' : 'none';
  }

  async source(): Promise<StorefrontSource> {
    const { api_base_url } = this.deps.settings.station();
    if (api_base_url) {
      const apiKey = await this.deps.secrets.get('storefront.api_key');
      if (apiKey) return { baseUrl: api_base_url, apiKey };
      throw conflict(
        'storefront_not_configured',
        'The storefront API key is not set. Enter it in Settings, then sync again.',
      );
    }
    if (this.demoSource) return this.demoSource;
    throw conflict(
      'storefront_not_configured',
      'No storefront is set up yet. Enter its API address and key in Settings, then sync again.',
    );
  }
}
