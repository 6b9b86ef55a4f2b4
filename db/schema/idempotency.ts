import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns';
import { tenants } from './tenancy';

/**
 * The first response to a POST under /api/v1 sent with an `Idempotency-Key` header (Stripe's
 * semantics; lib/idempotency). One row per (tenant, caller, key): the unique index is what makes a
 * concurrent duplicate wait instead of running the request a second time. The row is claimed
 * `in_progress` before the handler runs and completed in the handler's own transaction, so the
 * effect and its stored response commit together. Kept 24 hours, then purged by
 * `maintenance.purge-idempotency`.
 */
export const idempotencyRequests = pgTable(
  'idempotency_requests',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** Who sent it: `key:<api key id>` or `user:<user id>` (a session), so two callers' keys never meet. */
    principal: text('principal').notNull(),
    /** The client's Idempotency-Key (1-255 printable ASCII characters). */
    key: text('key').notNull(),
    /** SHA-256 (hex) of method, path and body: the same key with another request is refused. */
    fingerprint: text('fingerprint').notNull(),
    method: text('method').notNull(),
    path: text('path').notNull(),
    /** 'in_progress' while the first request runs, 'completed' once its response is stored. */
    state: text('state').notNull().default('in_progress'),
    /** Random per claim: a claim taken over from a dead request cannot be completed by it later. */
    claimToken: uuid('claim_token').notNull(),
    claimedAt: timestamp('claimed_at', { withTimezone: true }).notNull().defaultNow(),
    responseStatus: integer('response_status'),
    /** The body as sent, minus fields the route keeps out of storage (a new API key's secret). */
    responseBody: text('response_body'),
    /** The headers a replay repeats (content-type, cache-control, location). */
    responseHeaders: jsonb('response_headers').$type<Record<string, string>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '24 hours'`),
  },
  (t) => [
    uniqueIndex('idempotency_requests_caller_key').on(t.tenantId, t.principal, t.key),
    index('idempotency_requests_expires_idx').on(t.expiresAt),
    check('idempotency_requests_state', sql`${t.state} in ('in_progress', 'completed')`),
    check('idempotency_requests_key_length', sql`char_length(${t.key}) between 1 and 255`),
    check('idempotency_requests_completed', sql`(${t.state} = 'completed') = (${t.responseStatus} is not null)`),
  ],
);

export type IdempotencyRequestRow = typeof idempotencyRequests.$inferSelect;
