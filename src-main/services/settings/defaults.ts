import type { EmailSettings, StationSettings } from '../../contract/settings';

/** What a fresh station starts from (the storefront's status words mapped to ours). */
export const STATION_DEFAULTS: StationSettings = {
  api_base_url: '',
  sync_interval_minutes: 10,
  reorder_alert_time: '07:00',
  status_mapping: {
    processing: 'open',
    pending: 'open',
    'on-hold': 'open',
    cancelled: 'cancelled',
    refunded: 'cancelled',
    completed: 'closed',
    shipped: 'closed',
  },
  seller: { name: '', address: '', logo: null },
  lan: { enabled: true, host: '' },
  printer: { type: 'epson', interface: '', width: 48 },
  scanner: { serial_path: '', baud: 9600, terminator: 'enter' },
};

export const EMAIL_DEFAULTS: EmailSettings = {
  smtp: { host: '', port: 587, secure: false, user: '', from: '', recipients: [] },
  sms: { account_sid: '', from: '', recipients: [] },
};
