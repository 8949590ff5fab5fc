import { useState } from 'react';
import { Field } from '../../../components/Field';
import { ChannelSection, type Channel } from './ChannelSection';
import type { EmailSectionProps } from './section-props';

const SMS: Channel = {
  channel: 'sms',
  title: 'SMS',
  intro: 'The Twilio account that texts a short out-of-stock summary, and who gets it.',
  group: 'sms',
  fields: ['account_sid'],
  secret: { key: 'auth_token', label: 'Auth token' },
  from: { type: 'tel', hint: 'Your Twilio number, like +15551234567.' },
  recipients: { label: 'Text reports to', hint: 'Phone numbers with country code, one per line.' },
};

export function SmsSection({ settings, onSaved }: EmailSectionProps) {
  const { sms } = settings;
  const [accountSid, setAccountSid] = useState(sms.account_sid);

  return (
    <ChannelSection
      channel={SMS}
      saved={sms}
      secretSet={sms.auth_token_set}
      update={({ secret, ...basics }) => ({
        sms: { account_sid: accountSid.trim(), ...basics, auth_token: secret },
      })}
      clearSecret={{ sms: { auth_token: null } }}
      onSaved={onSaved}
    >
      {(fieldError) => (
        <Field label="Twilio account SID" error={fieldError('account_sid')}>
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
      )}
    </ChannelSection>
  );
}
