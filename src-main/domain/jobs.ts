/** What started a job's run: its schedule, a person, or the station starting up. */
export const JOB_TRIGGERS = ['schedule', 'manual', 'startup'] as const;
export type JobTrigger = (typeof JOB_TRIGGERS)[number];

export const RUN_STATUSES = ['running', 'ok', 'error'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];
