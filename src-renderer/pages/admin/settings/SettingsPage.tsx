import type { EmailSettings, StationSettings } from '../../../api/types';
import { LoadError } from '../../../components/LoadError';
import { useApiData } from '../../../hooks/useApiData';
import { EmailSection } from './EmailSection';
import { LanSection } from './LanSection';
import { PrinterSection } from './PrinterSection';
import { ReorderAlertSection } from './ReorderAlertSection';
import { ScannerSection } from './ScannerSection';
import { SecretStorageNotice } from './SecretStorageNotice';
import { SellerSection } from './SellerSection';
import { SmsSection } from './SmsSection';
import { StorefrontSection } from './StorefrontSection';
import * as settingsApi from '../../../../src-main/contract/settings';

const SECTIONS = [
  ['storefront', 'Storefront'],
  ['seller', 'Seller'],
  ['lan', 'Network'],
  ['printer', 'Printer'],
  ['scanner', 'Scanner'],
  ['reorder', 'Reorder alerts'],
  ['email', 'Email'],
  ['sms', 'SMS'],
] as const;

export function SettingsPage() {
  const station = useApiData(settingsApi.getStationSettings);
  const email = useApiData(settingsApi.getEmailSettings);
  const saveStation = (answer: StationSettings) => station.update(() => answer);
  const saveEmail = (answer: EmailSettings) => email.update(() => answer);
  const loading =
    (station.data === null && !station.error) || (email.data === null && !email.error);

  return (
    <>
      <header className="page-header">
        <h1>Settings</h1>
        <p>Each section saves on its own.</p>
      </header>
      <nav className="section-index" aria-label="Settings sections">
        {SECTIONS.map(([id, label]) => (
          // Path included: the document's <base href="/"> would send a bare #id to the home page.
          <a key={id} href={`/admin/settings#${id}`}>
            {label}
          </a>
        ))}
      </nav>
      {loading && <p className="muted">Loading settings…</p>}
      {station.error && <LoadError message={station.error} onRetry={station.reload} />}
      {station.data && (
        <>
          <SecretStorageNotice storage={station.data.secret_storage} />
          <StorefrontSection settings={station.data} onSaved={saveStation} />
          <SellerSection settings={station.data} onSaved={saveStation} />
          <LanSection settings={station.data} onSaved={saveStation} />
          <PrinterSection settings={station.data} onSaved={saveStation} />
          <ScannerSection settings={station.data} onSaved={saveStation} />
          <ReorderAlertSection settings={station.data} onSaved={saveStation} />
        </>
      )}
      {email.error && <LoadError message={email.error} onRetry={email.reload} />}
      {email.data && (
        <>
          <EmailSection settings={email.data} onSaved={saveEmail} />
          <SmsSection settings={email.data} onSaved={saveEmail} />
        </>
      )}
    </>
  );
}
