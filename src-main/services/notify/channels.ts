import type { SettingsService } from '../settings/settings-service';
import type { SecretStore } from '../../platform/secrets/secret-store';
import { conflict } from '../../domain/errors';
import { smtpMailer, type Mailer } from './mailer';
import { twilioSender, type SmsSender } from './sms';

/** Builds the configured mail/SMS ports, or says in plain words what is missing. */
export class NotifyChannels {
  constructor(
    private readonly settings: SettingsService,
    private readonly secrets: SecretStore,
  ) {}

  async email(): Promise<{ mailer: Mailer; to: string[] }> {
    const { smtp } = this.settings.email();
    if (!smtp.host || smtp.recipients.length === 0) {
      throw conflict(
        'email_not_configured',
        'Email is not set up yet: add the SMTP server and at least one recipient in Settings.',
      );
    }
    const password = await this.secrets.get('smtp.password');
    return { mailer: smtpMailer({ ...smtp, password }), to: smtp.recipients };
  }

  async sms(): Promise<{ sender: SmsSender; to: string[] }> {
    const { sms } = this.settings.email();
    const authToken = await this.secrets.get('sms.auth_token');
    if (!sms.account_sid || !authToken || !sms.from || sms.recipients.length === 0) {
      throw conflict(
        'sms_not_configured',
        'SMS is not set up yet: add the Twilio account SID, auth token, sending number and a recipient in Settings.',
      );
    }
    return {
      sender: twilioSender({ accountSid: sms.account_sid, authToken, from: sms.from }),
      to: sms.recipients,
    };
  }
}
