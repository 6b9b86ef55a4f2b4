import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns';
import { tenants } from './tenancy';

/**
 * Append-only audit trail, written in the same transaction as the change it describes.
 * The app role may insert and read (within its tenant) but never update or delete.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** 'user' (actor_id, actor_role) or 'system' (actor_name, e.g. 'cdr-sync'; actor_role 'system'). */
    actorKind: text('actor_kind').notNull().default('user'),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    actorName: text('actor_name'),
    impersonatorId: uuid('impersonator_id'),
    /** The public prefix of the API key the change was made with (dtk_live_ab12cd34); null for a session or a system actor. */
    apiKeyPrefix: text('api_key_prefix'),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    ip: text('ip'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [
    index('audit_events_tenant_time_idx').on(t.tenantId, t.occurredAt, t.id),
    index('audit_events_entity_idx').on(t.entity, t.entityId),
    // The staff log across tenants is read newest first, and per user.
    index('audit_events_time_idx').on(t.occurredAt, t.id),
    index('audit_events_actor_idx').on(t.actorId, t.occurredAt),
    // Never without an actor: a user event names its user, a system event its system actor.
    check(
      'audit_events_actor_valid',
      sql`(${t.actorKind} = 'user' and ${t.actorName} is null) or (${t.actorKind} = 'system' and ${t.actorName} is not null and ${t.actorId} is null)`,
    ),
  ],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
