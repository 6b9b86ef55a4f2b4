import { z } from 'zod';
import { defineJobSpec } from '@/lib/jobs/spec';

/** The ConnexCS sync's job types. Handler: jobs/sync-push.ts (worker side). */

export const SYNC_PUSH_MAX_ATTEMPTS = 8;
/** Consecutive failures of one record's push after which `sync.failed` is published (once per streak). */
export const SYNC_ALERT_AFTER = 3;

/**
 * Pushes one of our records (its CURRENT state) to ConnexCS, as the system actor `connexcs-sync`.
 * Enqueued by the write that changed the record, in the write's transaction (lib/sync/outbox.ts).
 * A failure is recorded on the sync item and the job is retried with the queue's backoff (30 s,
 * doubling, capped at one hour) up to SYNC_PUSH_MAX_ATTEMPTS times.
 */
export const syncPushJob = defineJobSpec({
  type: 'sync.push',
  description: 'Pushes a customer account or carrier (with its interconnect IPs and tech prefixes) to ConnexCS.',
  payload: z.object({
    tenantId: z.uuid(),
    entity: z.enum(['customer_account', 'carrier']),
    entityId: z.uuid(),
  }),
  maxAttempts: SYNC_PUSH_MAX_ATTEMPTS,
  retryBackoffMs: 30_000,
  timeoutMs: 5 * 60_000,
  tags: ['sync', 'connexcs'],
});

/**
 * Compares every synced record with its company on ConnexCS (platform-wide: one ConnexCS account
 * serves every brand); a company changed or deleted there becomes a conflict for a person to
 * resolve, never applied or overwritten silently. Records a sync_runs row.
 */
export const syncPullJob = defineJobSpec({
  type: 'sync.pull',
  description: 'Pulls customer and carrier companies from ConnexCS and flags the ones changed there as conflicts.',
  payload: z.object({}),
  schedule: '*/15 * * * *',
  maxAttempts: 3,
  retryBackoffMs: 60_000,
  timeoutMs: 10 * 60_000,
  tags: ['sync', 'connexcs'],
});
