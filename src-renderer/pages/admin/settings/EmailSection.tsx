import { useState } from 'react';
import { Field } from '../../../components/Field';
import { ChannelSection, type Channel } from './ChannelSection';
import type { EmailSectionProps } from './section-props';

const EMAIL: Channel = {
  channel: 'email',
  title: 'Email',
  intro: 'The mail server used for out-of-stock reports and alerts, and who receives them.',
  group: 'smtp',
  fields: ['host', 'port', 'secure', 'user'],
  secret: { key: 'password', label: 'Password' },
  from: { type: 'email', placeholder: 'warehouse@example.com' },
  recipients: { label: 'Send reports to', hint: 'Email addresses, one per line.' },
};

export function EmailSection({ settings, onSaved }: EmailSectionProps) {
  const { smtp } = settings;
  const [host, setHost] = useState(smtp.host);
  const [port, setPort] = useState(String(smtp.port));
  const [secure, setSecure] = useState(smtp.secure);
  const [user, setUser] = useState(smtp.user);

  return (
    <ChannelSection
      channel={EMAIL}
      saved={smtp}
      secretSet={smtp.password_set}
      update={({ secret, ...basics }) => ({
        smtp: {
          host: host.trim(),
          port: Number(port),
          secure,
          user: user.trim(),
          ...basics,
          password: secret,
        },
      })}
      clearSecret={{ smtp: { password: null } }}
      onSaved={onSaved}
      options={
        <label className="check">
          <input
            type="checkbox"
            name="smtp_secure"
            checked={secure}
            onChange={(e) => setSecure(e.target.checked)}
          />
          Use TLS from the start (port 465)
        </label>
      }
    >
      {(fieldError) => (
        <>
          <Field label="SMTP server" error={fieldError('host')}>
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
          <Field label="Port" hint="587 usually; 465 with TLS." error={fieldError('port')}>
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
          <Field label="Username" error={fieldError('user')}>
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
        </>
      )}
    </ChannelSection>
  );
}
