import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testStation, type TestStation } from '../../testing/test-station';

let st: TestStation;
let smtp: SMTPServer;
let smtpPort: number;
const mails: { to: string; subject: string; text: string; user: string | undefined }[] = [];
let twilioApi: Server;
const smsRequests: { path: string; auth: string | undefined; form: URLSearchParams }[] = [];

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onAuth: (auth, _session, cb) =>
      auth.password === 'smtp-pass'
        ? cb(null, { user: auth.username })
        : cb(new Error('Invalid username or password')),
    onData: (stream, session, cb) => {
      simpleParser(stream).then((m) => {
        mails.push({
          to: String(m.to && 'text' in m.to ? m.to.text : ''),
          subject: m.subject ?? '',
          text: m.text ?? '',
          user: session.user as string | undefined,
        });
        cb();
      }, cb);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;

  // Stands in for api.twilio.com: the real twilio client is pointed here by STATION_TWILIO_ENDPOINT.
  twilioApi = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      smsRequests.push({
        path: req.url!,
        auth: req.headers.authorization,
        form: new URLSearchParams(body),
      });
      res
        .writeHead(201, { 'content-type': 'application/json' })
        .end(JSON.stringify({ sid: 'SM1', status: 'queued' }));
    });
  });
  await new Promise<void>((resolve) => twilioApi.listen(0, '127.0.0.1', resolve));
  process.env.STATION_TWILIO_ENDPOINT = `http://127.0.0.1:${(twilioApi.address() as AddressInfo).port}`;
  st = await testStation();
});
afterAll(async () => {
  delete process.env.STATION_TWILIO_ENDPOINT;
  await st.close();
  smtp.close();
  twilioApi.close();
});

const test = (channel: string) =>
  st.request('POST', '/api/admin/email-settings/test', {
    token: st.admin.access,
    body: { channel },
  });

describe('POST /api/admin/email-settings/test', () => {
  it('answers 409 with what is missing while a channel is not configured', async () => {
    for (const channel of ['email', 'sms']) {
      const res = await test(channel);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toMatch(/not set up yet/);
    }
  });

  it('sends a real email through the configured SMTP server, authenticating with the stored password', async () => {
    await st.request('PUT', '/api/admin/email-settings', {
      token: st.admin.access,
      body: {
        smtp: {
          host: '127.0.0.1',
          port: smtpPort,
          user: 'station',
          password: 'smtp-pass',
          from: 'station@example.com',
          recipients: ['owner@example.com'],
        },
      },
    });
    const res = await test('email');
    expect(res.json()).toEqual({ ok: true, message: 'Sent a test email to owner@example.com.' });
    expect(mails.at(-1)).toMatchObject({
      to: 'owner@example.com',
      subject: 'Warehouse Station test email',
      user: 'station',
    });
  });

  it('says in plain words when the mail server refuses', async () => {
    await st.request('PUT', '/api/admin/email-settings', {
      token: st.admin.access,
      body: { smtp: { password: 'wrong' } },
    });
    const res = await test('email');
    expect(res.statusCode).toBe(200);
    expect(res.json().ok).toBe(false);
    expect(res.json().message).toMatch(/^The email could not be sent: .*Invalid/);
  });

  it('sends an SMS to each recipient through the twilio client', async () => {
    await st.request('PUT', '/api/admin/email-settings', {
      token: st.admin.access,
      body: {
        sms: {
          account_sid: 'AC123',
          auth_token: 'tw-token',
          from: '+15550000000',
          recipients: ['+15551112222', '+15553334444'],
        },
      },
    });
    const res = await test('sms');
    expect(res.json()).toEqual({
      ok: true,
      message: 'Sent a test sms to +15551112222, +15553334444.',
    });
    expect(smsRequests.map((r) => r.form.get('To'))).toEqual(['+15551112222', '+15553334444']);
    expect(smsRequests[0]!.path).toBe('/2010-04-01/Accounts/AC123/Messages.json');
    expect(smsRequests[0]!.auth).toBe(`Basic ${Buffer.from('AC123:tw-token').toString('base64')}`);
    expect(smsRequests[0]!.form.get('Body')).toMatch(/test from Warehouse Station/);
  });
});
