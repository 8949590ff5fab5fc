import { afterEach, describe, expect, it } from 'vitest';
import type { InventoryItem } from '../contract/inventory';
import { conflict } from '../domain/errors';
import type { MailMessage } from '../services/notify/mailer';
import { STATION_DEFAULTS } from '../services/settings/defaults';
import { seedOrders } from '../testing/fixtures';
import { testStation, type TestStation } from '../testing/test-station';
import { JobFailed, type RunBody } from './job';
import { reorderAlertsJob, type ReorderAlertsDeps } from './reorder-alerts';

const low = (sku: string, available: number): InventoryItem => ({
  sku,
  title: `Product ${sku}`,
  barcode: null,
  bin_location: 'A-1',
  on_hand: available,
  committed: 0,
  available,
  damaged: 0,
  incoming: sku === 'HAY-1' ? 10 : 0,
  reorder_point: 5,
  reorder_qty: 20,
  needs_reorder: true,
  needs_count: false,
});

const context = { runId: 1, trigger: 'manual' as const, signal: new AbortController().signal };
const notSetUp = (channel: string) => () =>
  Promise.reject(conflict(`${channel}_not_configured`, `${channel} is not set up yet.`));

function job(over: Partial<ReorderAlertsDeps> = {}) {
  return reorderAlertsJob({
    settings: { station: () => ({ ...STATION_DEFAULTS, reorder_alert_time: '06:30' }) },
    notify: { email: notSetUp('email'), sms: notSetUp('sms') },
    atReorderPoint: () => [low('HAY-1', 2), low('BED-1', 4)],
    ...over,
  });
}
const run = async (body: Promise<RunBody>) => (await body)(context);

describe('the reorder alerts job', () => {
  it('runs daily at the time in Settings', () => {
    expect(job().schedule()).toEqual({ dailyAt: '06:30' });
  });

  it('lists the low SKUs in the run and skips channels that are not set up', async () => {
    const summary = await run(job().prepare());
    expect(summary.counts).toEqual({ low_skus: 2, email_sent: 0, sms_sent: 0 });
    expect(summary.log).toEqual([
      'HAY-1 Product HAY-1 (bin A-1): 2 available, reorder point 5, reorder 20, 10 incoming',
      'BED-1 Product BED-1 (bin A-1): 4 available, reorder point 5, reorder 20',
      'Not sent by email: email is not set up yet.',
      'Not sent by sms: sms is not set up yet.',
    ]);
    expect(summary.warnings?.map((w) => w.code)).toEqual([
      'at_reorder_point',
      'at_reorder_point',
      'email_not_configured',
      'sms_not_configured',
    ]);
  });

  it('sends the list by email to the recipients in Settings', async () => {
    const sent: MailMessage[] = [];
    const summary = await run(
      job({
        notify: {
          email: async () => ({
            mailer: { send: async (m) => void sent.push(m) },
            to: ['boss@example.com'],
          }),
          sms: notSetUp('sms'),
        },
      }).prepare(),
    );
    expect(summary.counts).toMatchObject({ email_sent: 1 });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toBe('Reorder: 2 SKUs at or below the reorder point');
    expect(sent[0]!.text).toContain('HAY-1 Product HAY-1 (bin A-1): 2 available');
    expect(summary.log).toContain('Sent by email to boss@example.com.');
  });

  it('fails the run, keeping the list, when a channel that is set up refuses', async () => {
    const refusing = job({
      notify: {
        email: async () => ({
          mailer: { send: () => Promise.reject(new Error('550 mailbox full')) },
          to: ['boss@example.com'],
        }),
        sms: notSetUp('sms'),
      },
    });
    const failed = await run(refusing.prepare()).catch((err: unknown) => err);
    expect(failed).toBeInstanceOf(JobFailed);
    expect((failed as JobFailed).message).toBe('The email could not be sent: 550 mailbox full');
    expect((failed as JobFailed).summary.counts).toMatchObject({ low_skus: 2 });
  });

  it('sends nothing when no SKU is low', async () => {
    let asked = false;
    const quiet = job({
      atReorderPoint: () => [],
      notify: {
        email: () => {
          asked = true;
          return notSetUp('email')();
        },
        sms: notSetUp('sms'),
      },
    });
    const summary = await run(quiet.prepare());
    expect(summary.counts).toEqual({ low_skus: 0, email_sent: 0, sms_sent: 0 });
    expect(asked).toBe(false);
  });
});

describe('the reorder alerts job in the station', () => {
  let st: TestStation;
  afterEach(() => st.close());

  it('starts by hand, and Admin → Jobs shows its list and what became of it', async () => {
    st = await testStation();
    seedOrders(st.ctx.db, [
      { ext: '1', createdAt: '2026-11-19T10:00:00Z', lines: { 'HAY-1': 2, 'BED-1': 1 } },
    ]);
    // HAY-1: 2 committed, none on hand, reorder point 0: low. BED-1: reorder point -5: not low.
    st.ctx.db.$client.prepare("update products set reorder_point = -5 where sku = 'BED-1'").run();

    const started = await st.request('POST', '/api/admin/reorder-alerts', {
      token: st.admin.access,
    });
    expect(started.statusCode).toBe(202);
    const runId = started.json().run_id as number;

    let entry: { running: boolean; schedule: string; last_runs: { id: number }[] } | undefined;
    for (
      let i = 0;
      i < 50 && !entry?.last_runs.some((r) => r.id === runId && !entry?.running);
      i++
    ) {
      await new Promise((r) => setTimeout(r, 20));
      const { jobs } = (
        await st.request('GET', '/api/admin/jobs', { token: st.admin.access })
      ).json();
      entry = jobs.find((j: { name: string }) => j.name === 'reorder_alerts');
    }
    expect(entry).toMatchObject({
      title: 'Reorder alerts',
      schedule: 'every day at 07:00',
      running: false,
      last_runs: [
        {
          id: runId,
          status: 'ok',
          low_skus: 1,
          skus: [{ sku: 'HAY-1', available: -2, reorder_point: 0 }],
          email: 'not_configured',
          sms: 'not_configured',
        },
      ],
    });

    const picker = await st.userWithRole('picker');
    expect(
      (await st.request('POST', '/api/admin/reorder-alerts', { token: picker.access })).statusCode,
    ).toBe(403);
  });
});
