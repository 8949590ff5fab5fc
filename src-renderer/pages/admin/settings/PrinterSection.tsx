import { useState } from 'react';
import { PRINTER_TYPES, type PrinterType } from '../../../api/types';
import { Field } from '../../../components/Field';
import type { StationSectionProps } from './section-props';
import { SettingsSection } from './SettingsSection';
import { usePrinterTest } from './useTestAction';
import { useSave } from './useSave';
import * as settingsApi from '../../../../src-main/contract/settings';

const FIELDS = ['printer.type', 'printer.interface', 'printer.width'];

const PRINTER_LABELS: Record<PrinterType, string> = {
  epson: 'Epson (ESC/POS)',
  star: 'Star',
  tanca: 'Tanca',
  daruma: 'Daruma',
  brother: 'Brother',
  custom: 'Other ESC/POS',
};

export function PrinterSection({ settings, onSaved }: StationSectionProps) {
  const [type, setType] = useState(settings.printer.type);
  const [target, setTarget] = useState(settings.printer.interface);
  const [width, setWidth] = useState(String(settings.printer.width));
  const form = useSave(settingsApi.putStationSettings, FIELDS, onSaved);
  const test = usePrinterTest();

  return (
    <SettingsSection
      id="printer"
      title="Printer"
      intro="The receipt printer at the packing desk, for slips and labels. Test print uses the saved settings."
      busy={form.busy}
      error={form.formError}
      saved={form.saved}
      extraActions={test.button}
      extraMessages={test.message}
      onSubmit={() =>
        form.save(
          { printer: { type, interface: target.trim(), width: Number(width) } },
          'Printer settings saved.',
        )
      }
    >
      <div className="form-grid">
        <Field label="Printer make" error={form.fieldError('printer.type')}>
          {(control) => (
            <select
              {...control}
              className="select"
              name="printer_type"
              value={type}
              onChange={(e) => setType(e.target.value as PrinterType)}
            >
              {PRINTER_TYPES.map((t) => (
                <option key={t} value={t}>
                  {PRINTER_LABELS[t]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          wide
          label="Connection"
          hint="tcp://192.168.1.50:9100 for a network printer, printer:NAME for one installed on this PC, or empty for none."
          error={form.fieldError('printer.interface')}
        >
          {(control) => (
            <input
              {...control}
              className="input mono"
              name="printer_interface"
              autoCapitalize="none"
              spellCheck={false}
              placeholder="tcp://192.168.1.50:9100"
              value={target}
              onChange={(e) => setTarget(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Characters per line"
          hint="48 for 80 mm paper, 32 for 58 mm."
          error={form.fieldError('printer.width')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              name="printer_width"
              min={24}
              max={64}
              step={1}
              required
              value={width}
              onChange={(e) => setWidth(e.target.value)}
            />
          )}
        </Field>
      </div>
    </SettingsSection>
  );
}
