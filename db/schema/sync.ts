import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, oneOf, timestamps } from './columns';
import { tenants } from './tenancy';

/**
 * ConnexCS sync (issue 12 item 8, lib/sync). One row per (entity, direction): the current state of
 * pushing one of our records to ConnexCS, or pulling one of theirs. Every write to a synced entity
 * bumps `generation` and enqueues a `sync.push` job in the same transaction (the outbox), so a
 * rolled-back write leaves neither the row change nor the job. The job reads the CURRENT state and
 * upserts it on ConnexCS (found by our reference before create), so retries never duplicate.
 */
export const syncEntities = ['customer_account', 'carrier'] as const;
export type SyncEntity = (typeof syncEntities)[number];
export const syncDirections = ['push', 'pull'] as const;
export const syncStatuses = ['pending', 'running', 'succeeded', 'failed', 'conflict'] as const;
export type SyncStatus = (typeof syncStatuses)[number];
export const syncConflictKinds = ['changed_remotely', 'changed_on_both_sides', 'deleted_remotely'] as const;
export type SyncConflictKind = (typeof syncConflictKinds)[number];
export const syncRunStatuses = ['running', 'succeeded', 'failed'] as const;

export const syncItems = pgTable(
  'sync_items',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .default(sql`app_current_tenant()`)
      .references(() => tenants.id, { onDelete: 'cascade' }),
    entity: text('entity', { enum: syncEntities }).notNull(),
    /** Our record's id (no foreign key: the item outlives a deleted record, whose push removes it remotely). */
    entityId: uuid('entity_id').notNull(),
    direction: text('direction', { enum: syncDirections }).notNull().default('push'),
    status: text('status', { enum: syncStatuses }).notNull().default('pending'),
    /** ConnexCS's id of the record (company id), once known. */
    externalId: text('external_id'),
    /** Bumped by every write of the entity; the push job of a generation has its own idempotency key. */
    generation: integer('generation').notNull().default(1),
    /** Generation last pushed successfully. */
    syncedGeneration: integer('synced_generation').notNull().default(0),
    attempts: integer('attempts').notNull().default(0),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    lastError: text('last_error'),
    /** What we last sent (push) / our value in a conflict. */
    ourValue: jsonb('our_value').$type<Record<string, unknown>>(),
    /** ConnexCS's value in a conflict (pull). */
    theirValue: jsonb('their_value').$type<Record<string, unknown>>(),
    /**
     * The company as both sides last agreed (what the last successful push left on ConnexCS, or
     * their value a person accepted). A ConnexCS value that differs from it was changed there:
     * the push and the pull then stop at a conflict instead of overwriting either side.
     */
    baseValue: jsonb('base_value').$type<Record<string, unknown>>(),
    /** Why the item is in conflict: changed on ConnexCS only (found by the pull) or on both sides (found by a push). */
    conflictKind: text('conflict_kind', { enum: syncConflictKinds }),
    lastAttemptAt: timestamp('last_attempt_at', { withTimezone: true }),
    lastSyncedAt: timestamp('last_synced_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('sync_items_entity_key').on(t.tenantId, t.entity, t.entityId, t.direction),
    index('sync_items_list_idx').on(t.tenantId, t.updatedAt, t.id),
    index('sync_items_status_idx').on(t.tenantId, t.status),
    check('sync_items_entity_check', oneOf(t.entity, syncEntities)),
    check('sync_items_direction_check', oneOf(t.direction, syncDirections)),
    check('sync_items_status_check', oneOf(t.status, syncStatuses)),
    check('sync_items_error_length', sql`char_length(${t.lastError}) <= 2000`),
    check('sync_items_conflict_kind_check', sql`${t.conflictKind} is null or ${oneOf(t.conflictKind, syncConflictKinds)}`),
  ],
);

/**
 * One scheduled pull from ConnexCS (`sync.pull`): platform-wide (one ConnexCS account serves every
 * brand), so no tenant_id. Counts what it compared and found; `findings` lists each change, conflict
 * and failure (capped, with the record and why) for the Sync Status page's history.
 */
export const syncRuns = pgTable(
  'sync_runs',
  {
    id: id(),
    kind: text('kind', { enum: ['pull'] }).notNull().default('pull'),
    status: text('status', { enum: syncRunStatuses }).notNull().default('running'),
    examined: integer('examined').notNull().default(0),
    unchanged: integer('unchanged').notNull().default(0),
    conflicts: integer('conflicts').notNull().default(0),
    failed: integer('failed').notNull().default(0),
    findings: jsonb('findings').$type<SyncRunFinding[]>().notNull().default(sql`'[]'::jsonb`),
    error: text('error'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('sync_runs_started_idx').on(t.startedAt, t.id),
    check('sync_runs_kind_check', oneOf(t.kind, ['pull'])),
    check('sync_runs_status_check', oneOf(t.status, syncRunStatuses)),
    check('sync_runs_error_length', sql`char_length(${t.error}) <= 2000`),
  ],
);

export type SyncRunFinding = { tenantId: string; entity: SyncEntity; entityId: string; itemId: string; outcome: 'conflict' | 'failed'; detail: string };
export type SyncRunRow = typeof syncRuns.$inferSelect;

export type SyncItemRow = typeof syncItems.$inferSelect;
