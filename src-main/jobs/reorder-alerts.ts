import type { ReorderLine, ReorderRun } from '../contract/jobs';
import type { InventoryItem } from '../contract/inventory';
import { StationError } from '../domain/errors';
import type { NotifyChannels } from '../services/notify/channels';
import type { SettingsService } from '../services/settings/settings-service';
import { JobFailed, type Job, type JobRunRow, type RunSummary } from './job';

export const REORDER_ALERTS = 'reorder_alerts';

type Channel = 'email' | 'sms';
type Outcome = NonNullable<ReorderRun['email']>;

/** What the reorder alert needs from the station (built in station.ts). */
export interface ReorderAlertsDeps {
  settings: Pick<SettingsService, 'station'>;
  notify: Pick<NotifyChannels, 'email' | 'sms'>;
  /** Active SKUs with available <= reorder_point, lowest available first. */
  atReorderPoint(): InventoryItem[];
}

/** A SKU of the list, kept as one warning of the run so the list outlives the stock it read. */
type LineWarning = ReorderLine & { code: 'at_reorder_point'; message: string };
type ChannelWarning = { code: `${Channel}_${'not_configured' | 'failed'}`; message: string };

const lineSentence = (l: ReorderLine) =>
  `${l.sku} ${l.title}${l.bin_location ? ` (bin ${l.bin_location})` : ''}: ${l.available} available, reorder point ${l.reorder_point}, reorder ${l.reorder_qty}${l.incoming > 0 ? `, ${l.incoming} incoming` : ''}`;

function toLine(item: InventoryItem): ReorderLine {
  const { sku, title, bin_location, available, reorder_point, reorder_qty, incoming } = item;
  return { sku, title, bin_location, available, reorder_point, reorder_qty, incoming };
}

function outcomeOf(row: JobRunRow, channel: Channel): Outcome | null {
  if (row.status === 'running') return null;
  const codes = new Set((row.warnings ?? []).map((w) => w.code));
  if (codes.has(`${channel}_not_configured`)) return 'not_configured';
  if (codes.has(`${channel}_failed`)) return 'failed';
  if ((row.counts?.[`${channel}_sent`] ?? 0) > 0) return 'sent';
  return 'nothing_to_send';
}

function toView(row: JobRunRow): ReorderRun {
  const skus = (row.warnings ?? [])
    .filter((w): w is LineWarning => w.code === 'at_reorder_point')
    .map(({ code: _, message: __, ...line }) => line);
  return {
    id: row.id,
    trigger: row.trigger,
    started_at: row.startedAt,
    finished_at: row.finishedAt,
    status: row.status,
    error: row.error,
    log: row.log ?? [],
    low_skus: row.counts?.low_skus ?? skus.length,
    skus,
    email: outcomeOf(row, 'email'),
    sms: outcomeOf(row, 'sms'),
  };
}

/**
 * The daily reorder alert: the SKUs at or below their reorder point go into the run (Admin →
 * Jobs and GET /api/admin/jobs show them) and to every channel set up in Settings. A channel
 * that is not set up is noted and skipped; one that is set up and refuses fails the run, so
 * nobody takes an unsent alert for a sent one.
 */
export function reorderAlertsJob(deps: ReorderAlertsDeps): Job<ReorderRun> {
  const send = async (channel: Channel, subject: string, text: string) => {
    if (channel === 'email') {
      const { mailer, to } = await deps.notify.email();
      await mailer.send({ to, subject, text });
      return to;
    }
    const { sender, to } = await deps.notify.sms();
    await sender.send(to, text);
    return to;
  };

  return {
    name: REORDER_ALERTS,
    title: 'Reorder alerts',
    busy: {
      code: 'reorder_alerts_running',
      message: 'The reorder alert is already running. Wait for it to finish.',
    },
    schedule: () => ({ dailyAt: deps.settings.station().reorder_alert_time }),
    async prepare() {
      return async () => {
        const lines = deps.atReorderPoint().map(toLine);
        const summary: Required<RunSummary> & { counts: Record<string, number> } = {
          counts: { low_skus: lines.length, email_sent: 0, sms_sent: 0 },
          log: lines.map(lineSentence),
          warnings: lines.map((l): LineWarning => ({
            code: 'at_reorder_point',
            message: lineSentence(l),
            ...l,
          })),
        };
        if (lines.length === 0) {
          summary.log.push('No SKU is at or below its reorder point: nothing to send.');
          return summary;
        }
        const subject = `Reorder: ${lines.length} SKU${lines.length === 1 ? '' : 's'} at or below the reorder point`;
        const text = `${subject}.\n\n${summary.log.join('\n')}`;
        const failures: string[] = [];
        for (const channel of ['email', 'sms'] as const) {
          try {
            const to = await send(channel, subject, text);
            summary.counts[`${channel}_sent`] = to.length;
            summary.log.push(`Sent by ${channel} to ${to.join(', ')}.`);
          } catch (err) {
            const notSetUp = err instanceof StationError && err.status === 409;
            const warning: ChannelWarning = {
              code: `${channel}_${notSetUp ? 'not_configured' : 'failed'}`,
              message: notSetUp
                ? `Not sent by ${channel}: ${(err as Error).message}`
                : `The ${channel} could not be sent: ${(err as Error).message}`,
            };
            summary.warnings.push(warning);
            summary.log.push(warning.message);
            if (!notSetUp) failures.push(warning.message);
          }
        }
        if (failures.length > 0) throw new JobFailed(failures.join(' '), summary);
        return summary;
      };
    },
    view: toView,
  };
}
