import { useState } from 'react';
import type { ScanTerminator } from '../../../api/types';
import { Field } from '../../../components/Field';
import type { StationSectionProps } from './section-props';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';
import * as settingsApi from '../../../../src-main/contract/settings';

const FIELDS = ['scanner.serial_path', 'scanner.baud', 'scanner.terminator'];

export function ScannerSection({ settings, onSaved }: StationSectionProps) {
  const [serialPath, setSerialPath] = useState(settings.scanner.serial_path);
  const [baud, setBaud] = useState(String(settings.scanner.baud));
  const [terminator, setTerminator] = useState(settings.scanner.terminator);
  const form = useSave(settingsApi.putStationSettings, FIELDS, onSaved);

  return (
    <SettingsSection
      id="scanner"
      title="Scanner"
      intro="USB guns in keyboard mode work without setup. A gun on a serial port needs its port here."
      busy={form.busy}
      error={form.formError}
      saved={form.saved}
      onSubmit={() =>
        form.save(
          { scanner: { serial_path: serialPath.trim(), baud: Number(baud), terminator } },
          'Scanner settings saved.',
        )
      }
    >
      <div className="form-grid">
        <Field
          label="Serial port"
          hint="For example /dev/ttyUSB0 or COM3. Empty when there is no serial scanner."
          error={form.fieldError('scanner.serial_path')}
        >
          {(control) => (
            <input
              {...control}
              className="input mono"
              name="scanner_serial_path"
              autoCapitalize="none"
              spellCheck={false}
              value={serialPath}
              onChange={(e) => setSerialPath(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Speed (baud)"
          hint="As set on the scanner; 9600 is the usual."
          error={form.fieldError('scanner.baud')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              name="scanner_baud"
              min={300}
              max={921600}
              step={1}
              required
              value={baud}
              onChange={(e) => setBaud(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Key after each barcode"
          hint="What the gun sends at the end of a scan."
          error={form.fieldError('scanner.terminator')}
        >
          {(control) => (
            <select
              {...control}
              className="select"
              name="scanner_terminator"
              value={terminator}
              onChange={(e) => setTerminator(e.target.value as ScanTerminator)}
            >
              <option value="enter">Enter</option>
              <option value="tab">Tab</option>
            </select>
          )}
        </Field>
      </div>
    </SettingsSection>
  );
}
