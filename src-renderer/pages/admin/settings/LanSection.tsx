import { useState } from 'react';
import { Alert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import { HandheldQr } from '../../../components/HandheldQr';
import type { StationSectionProps } from './section-props';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';
import * as settingsApi from '../../../../src-main/contract/settings';

const FIELDS = ['lan.enabled', 'lan.host'];

export function LanSection({ settings, onSaved }: StationSectionProps) {
  const [enabled, setEnabled] = useState(settings.lan.enabled);
  const [host, setHost] = useState(settings.lan.host);
  const [restart, setRestart] = useState(false);
  const form = useSave(settingsApi.putStationSettings, FIELDS, onSaved);

  const submit = async () => {
    const answer = await form.save(
      { lan: { enabled, host: host.trim() } },
      'Network settings saved.',
    );
    if (answer) setRestart(answer.restart_required === true);
  };

  return (
    <SettingsSection
      id="lan"
      title="Network"
      intro="Whether handhelds on the warehouse Wi-Fi can reach this station."
      busy={form.busy}
      error={form.formError}
      saved={form.saved}
      onSubmit={submit}
      extraMessages={
        restart && (
          <Alert tone="warning">Restart the station for the network change to take effect.</Alert>
        )
      }
    >
      <label className="check">
        <input
          type="checkbox"
          name="lan_enabled"
          checked={enabled}
          onChange={(e) => setEnabled(e.target.checked)}
        />
        Let handhelds connect over the local network
      </label>
      {!enabled && (
        <p className="field-hint">
          Off: only this PC can open the station; pickers cannot sign in.
        </p>
      )}
      <Field
        label="Listen on address"
        hint="Empty listens on every network of this PC; or enter one of its IP addresses."
        error={form.fieldError('lan.host') ?? form.fieldError('lan.enabled')}
      >
        {(control) => (
          <input
            {...control}
            className="input narrow"
            name="lan_host"
            inputMode="decimal"
            placeholder="All networks"
            disabled={!enabled}
            value={host}
            onChange={(e) => setHost(e.target.value)}
          />
        )}
      </Field>
      <div className="field">
        <span className="field-label">Where handhelds connect now</span>
        <HandheldQr compact />
      </div>
    </SettingsSection>
  );
}
