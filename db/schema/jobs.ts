import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns';
import { users } from './users';
import { JOB_TRIGGERS, RUN_STATUSES } from '../../src-main/domain/jobs';

/** Something a run did that a person should look at, though the run succeeded; jobs add details. */
export interface RunWarning {
  code: string;
  message: string;
}

/** One run of a sync or scheduled job; kept as history and shown in Admin. */
export const jobRuns = sqliteTable(
  'job_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    job: text('job').notNull(),
    trigger: text('trigger', { enum: JOB_TRIGGERS }).notNull(),
    status: text('status', { enum: RUN_STATUSES }).notNull(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    counts: text('counts', { mode: 'json' }).$type<Record<string, number>>(),
    log: text('log', { mode: 'json' }).$type<string[]>(),
    warnings: text('warnings', { mode: 'json' }).$type<RunWarning[]>(),
    error: text('error'),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('job_runs_job_idx').on(t.job, t.id)],
);

export const notificationLog = sqliteTable(
  'notification_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    kind: text('kind').notNull(),
    recipients: text('recipients', { mode: 'json' }).$type<string[]>().notNull(),
    subject: text('subject'),
    status: text('status', { enum: ['sent', 'error'] }).notNull(),
    error: text('error'),
    createdAt: createdAt(),
  },
  (t) => [index('notification_log_created_idx').on(t.createdAt)],
);
