/** The runner's cron task ticks every minute and asks each job whether a run is due, so a changed
 * interval in Settings applies at the next tick without rescheduling anything. */
export const TICK = '* * * * *';

const MINUTE = 60_000;
/** A run starts a moment after its tick; without slack the next one would slip a whole minute. */
const SLACK_MS = 30_000;

const dueAt = (lastStartedAt: string | null, intervalMinutes: number) =>
  lastStartedAt === null ? 0 : Date.parse(lastStartedAt) + intervalMinutes * MINUTE - SLACK_MS;

export function isDue(lastStartedAt: string | null, intervalMinutes: number, now: Date): boolean {
  return now.getTime() >= dueAt(lastStartedAt, intervalMinutes);
}

/** The tick at which the next scheduled run will start. */
export function nextRunAt(
  lastStartedAt: string | null,
  intervalMinutes: number,
  now: Date,
): string {
  const earliest = Math.max(dueAt(lastStartedAt, intervalMinutes), now.getTime());
  return new Date(Math.ceil(earliest / MINUTE) * MINUTE).toISOString();
}
