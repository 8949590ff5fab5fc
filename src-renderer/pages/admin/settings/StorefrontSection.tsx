import { useState } from 'react';
import type { StationSettingsUpdate } from '../../../api/types';
import { Field } from '../../../components/Field';
import { SecretInput } from './SecretInput';
import type { StationSectionProps } from './section-props';
import { SettingsSection } from './SettingsSection';
import { mappingOf, rowsOf, StatusMappingTable } from './StatusMappingTable';
import { useSave } from './useSave';
import * as settingsApi from '../../../../src-main/contract/settings';

const FIELDS = ['api_base_url', 'api_key', 'sync_interval_minutes', 'status_mapping'];

export function StorefrontSection({ settings, onSaved }: StationSectionProps) {
  const [url, setUrl] = useState(settings.api_base_url);
  const [apiKey, setApiKey] = useState('');
  const [syncEvery, setSyncEvery] = useState(String(settings.sync_interval_minutes));
  const [rows, setRows] = useState(() => rowsOf(settings.status_mapping));
  const form = useSave(settingsApi.putStationSettings, FIELDS, onSaved);

  const submit = async () => {
    const body: StationSettingsUpdate = {
      api_base_url: url.trim(),
      sync_interval_minutes: Number(syncEvery),
      status_mapping: mappingOf(rows),
    };
    if (apiKey) body.api_key = apiKey;
    if (await form.save(body, 'Storefront settings saved.')) setApiKey('');
  };

  return (
    <SettingsSection
      id="storefront"
      title="Storefront"
      intro="Where the station fetches orders and products from, and how often."
      busy={form.busy}
      error={form.formError}
      saved={form.saved}
      onSubmit={submit}
    >
      <div className="form-grid">
        <Field
          wide
          label="Feed address"
          hint="The storefront API's base URL, starting with https://"
          error={form.fieldError('api_base_url')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="url"
              name="api_base_url"
              inputMode="url"
              placeholder="https://shop.example.com/api"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
            />
          )}
        </Field>
        <SecretInput
          label="API key"
          isSet={settings.api_key_set}
          value={apiKey}
          onChange={setApiKey}
          onClear={() => form.save({ api_key: null }, 'API key cleared.')}
          busy={form.busy}
          error={form.fieldError('api_key')}
        />
        <Field
          label="Sync every (minutes)"
          hint="From 1 to 1440 (once a day)."
          error={form.fieldError('sync_interval_minutes')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              name="sync_interval_minutes"
              min={1}
              max={1440}
              step={1}
              required
              value={syncEvery}
              onChange={(e) => setSyncEvery(e.target.value)}
            />
          )}
        </Field>
      </div>
      <StatusMappingTable
        rows={rows}
        onChange={setRows}
        error={form.fieldError('status_mapping')}
      />
    </SettingsSection>
  );
}
