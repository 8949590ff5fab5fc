import twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';

export interface SmsConfig {
  accountSid: string;
  authToken: string;
  from: string;
}

/** The SMS port. */
export interface SmsSender {
  send(to: string[], body: string): Promise<void>;
}

/**
 * twilio has no base-URL option; its `httpClient` hook lets STATION_TWILIO_ENDPOINT point the
 * real client at a local server (tests) by rewriting the origin of every request.
 */
class RedirectingClient extends twilio.RequestClient {
  constructor(private readonly origin: string) {
    super({ timeout: 15_000 });
  }
  override request<TData>(opts: RequestClient.RequestOptions<TData>) {
    const url = new URL(opts.uri);
    return super.request<TData>({ ...opts, uri: `${this.origin}${url.pathname}${url.search}` });
  }
}

export function twilioSender(
  config: SmsConfig,
  endpoint = process.env.STATION_TWILIO_ENDPOINT,
): SmsSender {
  const client = twilio(config.accountSid, config.authToken, {
    httpClient: endpoint
      ? new RedirectingClient(endpoint.replace(/\/$/, ''))
      : new twilio.RequestClient({ timeout: 15_000 }),
  });
  return {
    async send(to, body) {
      for (const number of to)
        await client.messages.create({ from: config.from, to: number, body });
    },
  };
}
