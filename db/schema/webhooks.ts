import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { tenants } from './tenancy';

/**
 * Outgoing webhooks (lib/webhooks), after the Standard Webhooks specification.
 *
 * An endpoint belongs to a tenant and to the user who registered it (owner_user_id, emailed when
 * the endpoint is disabled); customer_account_id is reserved for customer accounts (issue 11).
 * The signing secret must be read back to sign (HMAC), so it cannot be hashed like an API key: it
 * is stored encrypted (AES-256-GCM, key derived from BETTER_AUTH_SECRET per tenant, lib/webhooks/
 * secret-box.ts) and shown in clear once, at creation and at rotation.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    ownerUserId: uuid('owner_user_id'),
    customerAccountId: uuid('customer_account_id'),
    url: text('url').notNull(),
    description: text('description').notNull().default(''),
    eventTypes: text('event_types').array().notNull(),
    /** `v1.<iv>.<tag>.<ciphertext>` (base64url), see secret-box.ts. */
    secretEncrypted: text('secret_encrypted').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    disabledReason: text('disabled_reason'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    /** Failed attempts in a row (any event); a success resets it. */
    failureStreak: integer('failure_streak').notNull().default(0),
    /** When the current streak of failures began; the endpoint is disabled once it is 24 h old. */
    failingSince: timestamp('failing_since', { withTimezone: true }),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    index('webhook_endpoints_tenant_created_idx').on(t.tenantId, t.createdAt, t.id),
    check('webhook_endpoints_url_length', sql`char_length(${t.url}) between 1 and 2048`),
    check('webhook_endpoints_description_length', sql`char_length(${t.description}) <= 500`),
    check('webhook_endpoints_event_types_present', sql`cardinality(${t.eventTypes}) > 0`),
  ],
);

/**
 * The outbox: one row per event, written in the same transaction as the business change that
 * caused it (publishEvent), together with one delivery per subscribed endpoint and its job.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('webhook_events_tenant_created_idx').on(t.tenantId, t.createdAt), index('webhook_events_created_brin').using('brin', t.createdAt)],
);

/** One event sent to one endpoint: its state across attempts (a replay is a new delivery of the same event). */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    endpointId: uuid('endpoint_id').notNull(),
    eventId: uuid('event_id').notNull(),
    /** pending (an attempt is scheduled), succeeded, failed (attempts exhausted or endpoint disabled). */
    status: text('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastStatusCode: integer('last_status_code'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    /** Set on a replay: the delivery it repeats. */
    replayOf: uuid('replay_of'),
    ...timestamps(),
  },
  (t) => [
    index('webhook_deliveries_endpoint_created_idx').on(t.endpointId, t.createdAt, t.id),
    index('webhook_deliveries_tenant_idx').on(t.tenantId),
    foreignKey({ name: 'webhook_deliveries_endpoint_fk', columns: [t.endpointId], foreignColumns: [webhookEndpoints.id] }).onDelete('cascade'),
    foreignKey({ name: 'webhook_deliveries_event_fk', columns: [t.eventId], foreignColumns: [webhookEvents.id] }).onDelete('cascade'),
    check('webhook_deliveries_status', sql`${t.status} in ('pending', 'succeeded', 'failed')`),
  ],
);

/** The log: one row per HTTP attempt, with what the receiver answered (truncated, printable). */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    deliveryId: uuid('delivery_id').notNull(),
    attempt: integer('attempt').notNull(),
    statusCode: integer('status_code'),
    latencyMs: integer('latency_ms').notNull(),
    responseExcerpt: text('response_excerpt'),
    error: text('error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_attempts_delivery_attempt_key').on(t.deliveryId, t.attempt),
    foreignKey({ name: 'webhook_attempts_delivery_fk', columns: [t.deliveryId], foreignColumns: [webhookDeliveries.id] }).onDelete('cascade'),
    check('webhook_attempts_excerpt_length', sql`char_length(${t.responseExcerpt}) <= 1024`),
  ],
);

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookEventRow = typeof webhookEvents.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof webhookAttempts.$inferSelect;
