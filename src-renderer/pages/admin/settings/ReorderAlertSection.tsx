import { useState } from 'react';
import { Field } from '../../../components/Field';
import type { StationSectionProps } from './section-props';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';
import * as settingsApi from '../../../../src-main/contract/settings';

const FIELDS = ['reorder_alert_time'];

/** When the daily list of SKUs at or below their reorder point is made and sent. */
export function ReorderAlertSection({ settings, onSaved }: StationSectionProps) {
  const [time, setTime] = useState(settings.reorder_alert_time);
  const form = useSave(settingsApi.putStationSettings, FIELDS, onSaved);

  return (
    <SettingsSection
      id="reorder"
      title="Reorder alerts"
      intro="Once a day the station lists the SKUs at or below their reorder point, shows the list in Jobs and sends it to the email and SMS recipients below."
      busy={form.busy}
      error={form.formError}
      saved={form.saved}
      onSubmit={() => form.save({ reorder_alert_time: time }, 'Reorder alert time saved.')}
    >
      <div className="form-grid">
        <Field
          label="Send at"
          hint="The station’s local time, every day."
          error={form.fieldError('reorder_alert_time')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="time"
              name="reorder_alert_time"
              required
              value={time}
              onChange={(e) => setTime(e.target.value)}
            />
          )}
        </Field>
      </div>
    </SettingsSection>
  );
}
