import { useState } from 'react';
import type { EmailSettings, EmailSettingsUpdate } from '../../../api/types';
import { Field } from '../../../components/Field';
import { ListField, parseList } from '../../../components/ListField';
import { SecretInput } from './SecretInput';
import type { EmailSectionProps } from './section-props';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';
import { useTestMessage } from './useTestAction';

const FIELDS = ['sms.account_sid', 'sms.auth_token', 'sms.from', 'sms.recipients'];

export function SmsSection({ settings, onSaved }: EmailSectionProps) {
  const { sms } = settings;
  const [accountSid, setAccountSid] = useState(sms.account_sid);
  const [authToken, setAuthToken] = useState('');
  const [from, setFrom] = useState(sms.from);
  const [recipients, setRecipients] = useState(sms.recipients.join('\n'));
  const form = useSave<EmailSettings, EmailSettingsUpdate>(
    '/admin/email-settings',
    FIELDS,
    onSaved,
  );
  const test = useTestMessage('sms');

  const submit = async () => {
    const body: EmailSettingsUpdate = {
      sms: {
        account_sid: accountSid.trim(),
        from: from.trim(),
        recipients: parseList(recipients),
      },
    };
    if (authToken) body.sms!.auth_token = authToken;
    if (await form.save(body, 'SMS settings saved.')) setAuthToken('');
  };

  return (
    <SettingsSection
      id="sms"
      title="SMS"
      intro="The Twilio account that texts a short out-of-stock summary, and who gets it."
      busy={form.busy}
      error={form.formError}
      saved={form.saved}
      onSubmit={submit}
      extraActions={test.button}
      extraMessages={test.message}
    >
      <div className="form-grid">
        <Field label="Twilio account SID" error={form.fieldError('sms.account_sid')}>
          {(control) => (
            <input
              {...control}
              className="input mono"
              name="sms_account_sid"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={accountSid}
              onChange={(e) => setAccountSid(e.target.value)}
            />
          )}
        </Field>
        <SecretInput
          label="Auth token"
          isSet={sms.auth_token_set}
          value={authToken}
          onChange={setAuthToken}
          onClear={() => form.save({ sms: { auth_token: null } }, 'Auth token cleared.')}
          busy={form.busy}
          error={form.fieldError('sms.auth_token')}
        />
        <Field
          label="Send from"
          hint="Your Twilio number, like +15551234567."
          error={form.fieldError('sms.from')}
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type="tel"
              name="sms_from"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          )}
        </Field>
      </div>
      <ListField
        label="Text reports to"
        hint="Phone numbers with country code, one per line."
        value={recipients}
        onChange={setRecipients}
        error={form.fieldError('sms.recipients')}
      />
    </SettingsSection>
  );
}
