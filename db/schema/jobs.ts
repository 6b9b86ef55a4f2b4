import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';

/*
 * Our side of the job system. The queue itself is DataQueue's job_queue / job_events (created by the
 * custom migration 0005_dataqueue, typed for queries in db/schema/dataqueue.ts and kept out of
 * this schema so that drizzle-kit never tries to own them). Platform infrastructure: no tenant_id.
 */

/**
 * What DataQueue's row does not carry, one row per job that has any of it: the idempotency key it
 * was enqueued under (unique: a second enqueue with the same key returns the first job), and the
 * final progress and duration, mirrored from Redis when an attempt ends so that a finished job still
 * shows its numbers after the Redis hash expires. job_id references job_queue (ON DELETE CASCADE),
 * added in SQL by the migration because job_queue is not a drizzle table.
 */
export const jobMeta = pgTable(
  'job_meta',
  {
    jobId: integer('job_id').primaryKey(),
    idempotencyKey: text('idempotency_key'),
    progressDone: integer('progress_done'),
    progressTotal: integer('progress_total'),
    progressMessage: text('progress_message'),
    /** Wall time of the last attempt that ended (completed, failed or lost ownership). */
    lastDurationMs: integer('last_duration_ms'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('job_meta_idempotency_key').on(t.idempotencyKey),
    check('job_meta_progress_sane', sql`${t.progressDone} is null or ${t.progressDone} >= 0`),
  ],
);

export const cronSources = ['qstash', 'secret'] as const;
export const cronOutcomes = ['enqueued', 'duplicate', 'locked'] as const;

/**
 * Every authenticated request to /api/cron/<job>: which schedule slot it stood for, who sent it and
 * what came of it (a job enqueued, the slot's job already existed, or another request held the
 * lock). The schedules page reads the last run from here; the next run comes from the cron expression.
 */
export const cronRuns = pgTable(
  'cron_runs',
  {
    id: id(),
    jobType: text('job_type').notNull(),
    slot: timestamp('slot', { withTimezone: true }).notNull(),
    source: text('source', { enum: cronSources }).notNull(),
    outcome: text('outcome', { enum: cronOutcomes }).notNull(),
    /** job_queue.id (ON DELETE SET NULL, added in SQL); null when the lock refused the request. */
    jobId: integer('job_id'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index('cron_runs_type_time_idx').on(t.jobType, t.requestedAt)],
);

/**
 * The demo job's effect: one row per processed item. The primary key is the idempotency key of the
 * effect, so a batch that runs twice (a crash mid-batch, a reclaimed job) inserts nothing twice.
 */
export const demoJobItems = pgTable(
  'demo_job_items',
  {
    jobKey: text('job_key').notNull(),
    itemNo: integer('item_no').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.jobKey, t.itemNo], name: 'demo_job_items_pkey' })],
);

export type JobMeta = typeof jobMeta.$inferSelect;
export type CronRun = typeof cronRuns.$inferSelect;
