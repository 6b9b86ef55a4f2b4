import type { JobStatus } from '@nicnocquee/dataqueue';
import { boolean, integer, jsonb, pgTable, serial, text, timestamp, varchar } from 'drizzle-orm/pg-core';

/**
 * DataQueue 1.24's tables, created by the custom migration drizzle/0005_dataqueue.sql (the package's
 * own migrations, verbatim) and declared here so that queries are typed. Their shape follows
 * node_modules/@nicnocquee/dataqueue/migrations: columns the SQL leaves nullable stay nullable here.
 *
 * drizzle-kit must never generate or push DDL for them (it would fight DataQueue's migrations):
 * this file is deliberately NOT re-exported from db/schema/index.ts (drizzle.config.ts's `schema`),
 * so `drizzle-kit generate` does not see them, and drizzle.config.ts's tablesFilter hides them from
 * push/pull. tests/db-seams.test.ts checks both, and that every column matches the live table.
 */
export const jobQueue = pgTable('job_queue', {
  id: serial('id').primaryKey(),
  jobType: varchar('job_type', { length: 255 }).notNull(),
  payload: jsonb('payload').notNull(),
  status: varchar('status', { length: 50 }).$type<JobStatus>(),
  createdAt: timestamp('created_at', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }),
  lockedAt: timestamp('locked_at', { withTimezone: true }),
  lockedBy: varchar('locked_by', { length: 255 }),
  attempts: integer('attempts'),
  maxAttempts: integer('max_attempts'),
  nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
  priority: integer('priority'),
  runAt: timestamp('run_at', { withTimezone: true }),
  pendingReason: text('pending_reason'),
  errorHistory: jsonb('error_history').$type<JobErrorEntry[]>(),
  timeoutMs: integer('timeout_ms'),
  failureReason: varchar('failure_reason'),
  completedAt: timestamp('completed_at', { withTimezone: true }),
  startedAt: timestamp('started_at', { withTimezone: true }),
  lastRetriedAt: timestamp('last_retried_at', { withTimezone: true }),
  lastFailedAt: timestamp('last_failed_at', { withTimezone: true }),
  lastCancelledAt: timestamp('last_cancelled_at', { withTimezone: true }),
  tags: text('tags').array(),
  forceKillOnTimeout: boolean('force_kill_on_timeout'),
});

export const jobEvents = pgTable('job_events', {
  id: serial('id').primaryKey(),
  jobId: integer('job_id').notNull(),
  eventType: text('event_type').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }),
  metadata: jsonb('metadata'),
});

/** DataQueue's error_history entry ({ message, timestamp }) plus what our wrapper adds. */
export type JobErrorEntry = { message: string; timestamp: string; attempt?: number; workerId?: string; failureReason?: string; stack?: string };
