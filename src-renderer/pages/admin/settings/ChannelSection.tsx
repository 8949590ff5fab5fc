import { useState, type ReactNode } from 'react';
import type { EmailSettings, EmailSettingsUpdate, NotifyChannel } from '../../../api/types';
import { Field } from '../../../components/Field';
import { ListField, parseList } from '../../../components/ListField';
import { SecretInput } from './SecretInput';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';
import { useTestMessage } from './useTestAction';
import * as settingsApi from '../../../../src-main/contract/settings';

/** What stays the same about a channel: its words and where its values live. */
export interface Channel {
  channel: NotifyChannel;
  title: string;
  intro: string;
  /** Its key in the email settings, which also heads the station's error paths ('smtp.host'). */
  group: 'smtp' | 'sms';
  /** Its own fields, by their key under `group`. */
  fields: readonly string[];
  /** The write-only secret, by its key under `group`. */
  secret: { key: string; label: string };
  from: { type: 'email' | 'tel'; placeholder?: string; hint?: string };
  recipients: { label: string; hint: string };
}

/** The values every channel has, as the section sends them. */
export interface ChannelBasics {
  from: string;
  recipients: string[];
  /** Left out unless a new one was typed, so the stored secret stays. */
  secret?: string;
}

interface ChannelSectionProps {
  channel: Channel;
  /** The channel's settings as the station last answered. */
  saved: { from: string; recipients: string[] };
  secretSet: boolean;
  /** The whole update, from the channel's own values and the basics. */
  update: (basics: ChannelBasics) => EmailSettingsUpdate;
  clearSecret: EmailSettingsUpdate;
  onSaved: (settings: EmailSettings) => void;
  /** The channel's own fields, first in the grid; `fieldError` takes their key under `group`. */
  children: (fieldError: (key: string) => string | null) => ReactNode;
  /** Below the grid, such as a switch. */
  options?: ReactNode;
}

/**
 * A way of sending the out-of-stock reports (email, SMS): the channel's own fields, then its
 * secret, its sender and its recipients, saved together and tried with a test message.
 */
export function ChannelSection({
  channel,
  saved,
  secretSet,
  update,
  clearSecret,
  onSaved,
  children,
  options,
}: ChannelSectionProps) {
  const { group, secret: secretField, from: fromField, recipients: recipientsField } = channel;
  const [secret, setSecret] = useState('');
  const [from, setFrom] = useState(saved.from);
  const [recipients, setRecipients] = useState(saved.recipients.join('\n'));
  const paths = [...channel.fields, secretField.key, 'from', 'recipients'];
  const form = useSave(
    settingsApi.putEmailSettings,
    paths.map((key) => `${group}.${key}`),
    onSaved,
  );
  const fieldError = (key: string) => form.fieldError(`${group}.${key}`);
  const test = useTestMessage(channel.channel);

  const submit = async () => {
    const body = update({
      from: from.trim(),
      recipients: parseList(recipients),
      secret: secret || undefined,
    });
    if (await form.save(body, `${channel.title} settings saved.`)) setSecret('');
  };

  return (
    <SettingsSection
      id={channel.channel}
      title={channel.title}
      intro={channel.intro}
      busy={form.busy}
      error={form.formError}
      saved={form.saved}
      onSubmit={submit}
      extraActions={test.button}
      extraMessages={test.message}
    >
      <div className="form-grid">
        {children(fieldError)}
        <SecretInput
          label={secretField.label}
          isSet={secretSet}
          value={secret}
          onChange={setSecret}
          onClear={() => form.save(clearSecret, `${secretField.label} cleared.`)}
          busy={form.busy}
          error={fieldError(secretField.key)}
        />
        <Field label="Send from" hint={fromField.hint} error={fieldError('from')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type={fromField.type}
              name={`${group}_from`}
              placeholder={fromField.placeholder}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          )}
        </Field>
      </div>
      {options}
      <ListField
        label={recipientsField.label}
        hint={recipientsField.hint}
        value={recipients}
        onChange={setRecipients}
        error={fieldError('recipients')}
      />
    </SettingsSection>
  );
}
