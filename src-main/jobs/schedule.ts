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

/** `HH:MM` on the local day of `day`, as the station's clock reads it. */
function slotOn(day: Date, time: string, plusDays = 0): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + plusDays, hours, minutes);
}

/** The last time `HH:MM` came round, today or yesterday. */
const latestSlot = (time: string, now: Date) => {
  const today = slotOn(now, time);
  return today <= now ? today : slotOn(now, time, -1);
};

/**
 * A daily run is due once its time of day has come round since the last run started. A job that
 * never ran waits for its time (the tick of that minute) rather than running at the first tick
 * of a new station; a station that was off at that time catches up once it is back.
 */
export function isDailyDue(lastStartedAt: string | null, time: string, now: Date): boolean {
  const slot = latestSlot(time, now).getTime();
  if (lastStartedAt === null) return now.getTime() - slot < MINUTE;
  return Date.parse(lastStartedAt) < slot;
}

/** The tick at which the next daily run will start. */
export function nextDailyRunAt(lastStartedAt: string | null, time: string, now: Date): string {
  if (isDailyDue(lastStartedAt, time, now)) {
    return new Date(Math.ceil(now.getTime() / MINUTE) * MINUTE).toISOString();
  }
  const today = slotOn(now, time);
  return (today > now ? today : slotOn(now, time, 1)).toISOString();
}

/** Every so many minutes, or once a day at a local time. */
export type Schedule = { everyMinutes: number } | { dailyAt: string };

export const scheduleIsDue = (schedule: Schedule, lastStartedAt: string | null, now: Date) =>
  'dailyAt' in schedule
    ? isDailyDue(lastStartedAt, schedule.dailyAt, now)
    : isDue(lastStartedAt, schedule.everyMinutes, now);

export const nextScheduledRun = (schedule: Schedule, lastStartedAt: string | null, now: Date) =>
  'dailyAt' in schedule
    ? nextDailyRunAt(lastStartedAt, schedule.dailyAt, now)
    : nextRunAt(lastStartedAt, schedule.everyMinutes, now);

/** As Admin → Jobs shows it. */
export const describeSchedule = (schedule: Schedule) =>
  'dailyAt' in schedule
    ? `every day at ${schedule.dailyAt}`
    : `every ${schedule.everyMinutes} minutes`;
