import { useState, type ChangeEvent } from 'react';
import { Alert } from '../../../components/Alert';
import { Field } from '../../../components/Field';
import type { StationSectionProps } from './section-props';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';
import * as settingsApi from '../../../../src-main/contract/settings';

const FIELDS = ['seller.name', 'seller.address', 'seller.logo'];
/** The formats the station can put on a packing slip. */
const LOGO_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'];

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });

export function SellerSection({ settings, onSaved }: StationSectionProps) {
  const [name, setName] = useState(settings.seller.name);
  const [address, setAddress] = useState(settings.seller.address);
  const [logo, setLogo] = useState(settings.seller.logo);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const form = useSave(settingsApi.putStationSettings, FIELDS, onSaved);

  const pickLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (!LOGO_TYPES.includes(file.type)) {
      setLogoProblem('Choose a PNG, JPEG or SVG image.');
      return;
    }
    setLogoProblem(null);
    try {
      setLogo(await readAsDataUrl(file));
    } catch (err) {
      setLogoProblem(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <SettingsSection
      id="seller"
      title="Seller"
      intro="Your business as it appears on packing slips and purchase orders."
      busy={form.busy}
      error={form.formError}
      saved={form.saved}
      onSubmit={() =>
        form.save({ seller: { name: name.trim(), address, logo } }, 'Seller details saved.')
      }
    >
      <div className="form-grid">
        <Field label="Business name" error={form.fieldError('seller.name')}>
          {(control) => (
            <input
              {...control}
              className="input"
              name="seller_name"
              autoComplete="organization"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field label="Return address" error={form.fieldError('seller.address')}>
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              name="seller_address"
              rows={3}
              value={address}
              onChange={(e) => setAddress(e.target.value)}
            />
          )}
        </Field>
      </div>
      <Field
        label="Logo"
        hint="PNG, JPEG or SVG, under 500 KB. Printed at the top of each slip."
        error={logoProblem ?? form.fieldError('seller.logo')}
      >
        {(control) => (
          <div className="actions logo-picker">
            {logo ? (
              <img className="logo-preview" src={logo} alt="Current logo" />
            ) : (
              <span className="muted">No logo</span>
            )}
            <input
              {...control}
              className="input"
              type="file"
              accept={LOGO_TYPES.join(',')}
              onChange={pickLogo}
            />
            {logo && (
              <button className="btn" type="button" onClick={() => setLogo(null)}>
                Remove logo
              </button>
            )}
          </div>
        )}
      </Field>
      {logo !== settings.seller.logo && (
        <Alert tone="info">The logo changes when you save the seller details.</Alert>
      )}
    </SettingsSection>
  );
}
