import { useState } from 'react';
import type { EmailSettings, EmailSettingsUpdate } from '../../../api/types';
import { Field } from '../../../components/Field';
import { ListField, parseList } from '../../../components/ListField';
import { SecretInput } from './SecretInput';
import type { EmailSectionProps } from './section-props';
import { SettingsSection } from './SettingsSection';
import { useSave } from './useSave';
import { useTestMessage } from './useTestAction';

const FIELDS = [
  'smtp.host',
  'smtp.port',
  'smtp.secure',
  'smtp.user',
  'smtp.password',
  'smtp.from',
  'smtp.recipients',
];

export function EmailSection({ settings, onSaved }: EmailSectionProps) {
  const { smtp } = settings;
  const [host, setHost] = useState(smtp.host);
  const [port, setPort] = useState(String(smtp.port));
  const [secure, setSecure] = useState(smtp.secure);
  const [user, setUser] = useState(smtp.user);
  const [password, setPassword] = useState('');
  const [from, setFrom] = useState(smtp.from);
  const [recipients, setRecipients] = useState(smtp.recipients.join('\n'));
  const form = useSave<EmailSettings, EmailSettingsUpdate>(
    '/admin/email-settings',
    FIELDS,
    onSaved,
  );
  const test = useTestMessage('email');

  const submit = async () => {
    const body: EmailSettingsUpdate = {
      smtp: {
        host: host.trim(),
        port: Number(port),
        secure,
        user: user.trim(),
        from: from.trim(),
        recipients: parseList(recipients),
      },
    };
    if (password) body.smtp!.password = password;
    if (await form.save(body, 'Email settings saved.')) setPassword('');
  };

  return (
    <SettingsSection
      id="email"
      title="Email"
      intro="The mail server used for out-of-stock reports and alerts, and who receives them."
      busy={form.busy}
      error={form.formError}
      saved={form.saved}
      onSubmit={submit}
      extraActions={test.button}
      extraMessages={test.message}
    >
      <div className="form-grid">
        <Field label="SMTP server" error={form.fieldError('smtp.host')}>
          {(control) => (
            <input
              {...control}
              className="input"
              name="smtp_host"
              autoCapitalize="none"
              spellCheck={false}
              placeholder="smtp.example.com"
              value={host}
              onChange={(e) => setHost(e.target.value)}
            />
          )}
        </Field>
        <Field label="Port" hint="587 usually; 465 with TLS." error={form.fieldError('smtp.port')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="number"
              name="smtp_port"
              min={1}
              max={65535}
              required
              value={port}
              onChange={(e) => setPort(e.target.value)}
            />
          )}
        </Field>
        <Field label="Username" error={form.fieldError('smtp.user')}>
          {(control) => (
            <input
              {...control}
              className="input"
              name="smtp_user"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              value={user}
              onChange={(e) => setUser(e.target.value)}
            />
          )}
        </Field>
        <SecretInput
          label="Password"
          isSet={smtp.password_set}
          value={password}
          onChange={setPassword}
          onClear={() => form.save({ smtp: { password: null } }, 'Password cleared.')}
          busy={form.busy}
          error={form.fieldError('smtp.password')}
        />
        <Field label="Send from" error={form.fieldError('smtp.from')}>
          {(control) => (
            <input
              {...control}
              className="input"
              type="email"
              name="smtp_from"
              placeholder="warehouse@example.com"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          )}
        </Field>
      </div>
      <label className="check">
        <input
          type="checkbox"
          name="smtp_secure"
          checked={secure}
          onChange={(e) => setSecure(e.target.checked)}
        />
        Use TLS from the start (port 465)
      </label>
      <ListField
        label="Send reports to"
        hint="Email addresses, one per line."
        value={recipients}
        onChange={setRecipients}
        error={form.fieldError('smtp.recipients')}
      />
    </SettingsSection>
  );
}
