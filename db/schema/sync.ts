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
  ],
);

export type SyncItemRow = typeof syncItems.$inferSelect;
