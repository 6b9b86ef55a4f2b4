import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { id, timestamps } from './columns';
import { tenants } from './tenancy';

/**
 * Keys for the public API (/api/v1). The secret is shown once at creation; only its SHA-256 is
 * stored. `prefix` is the public, unique part of the key (dtk_live_ab12cd34) that finds the row; a
 * request then compares hashes in constant time. A key acts as its owner with the owner's current
 * role, narrowed to `scopes`. Revoked and expired keys stay as history.
 *
 * Ownership is tenant + owning user until customer accounts exist; customer_account_id is reserved
 * for them (nullable, no foreign key yet).
 */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    ownerUserId: uuid('owner_user_id').notNull(),
    customerAccountId: uuid('customer_account_id'),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    /** Hex SHA-256 of the whole key. The secret part is 256 random bits, so no salt or slow hash is needed. */
    hash: text('hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdBy: uuid('created_by').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    /**
     * Client addresses the key is accepted from: CIDR blocks (IPv4 or IPv6) as the service wrote
     * them, normalised (`203.0.113.0/24`, `2001:db8::/32`); empty means from anywhere.
     */
    allowedIps: text('allowed_ips').array().notNull().default(sql`'{}'::text[]`),
    /** Requests a minute this key may make (fixed window on the Redis port; lib/api-keys/rate-limit.ts). */
    rateLimitPerMinute: integer('rate_limit_per_minute').notNull().default(600),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('api_keys_prefix_key').on(t.prefix),
    index('api_keys_tenant_owner_created_idx').on(t.tenantId, t.ownerUserId, t.createdAt, t.id),
    index('api_keys_tenant_created_idx').on(t.tenantId, t.createdAt, t.id),
    // Foreign-key checks bypass RLS: the composite key keeps the owner in the key's tenant.
    foreignKey({ name: 'api_keys_owner_fk', columns: [t.tenantId, t.ownerUserId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    check('api_keys_prefix_format', sql`${t.prefix} ~ '^dtk_(live|test)_[a-z0-9]{8}$'`),
    check('api_keys_hash_format', sql`${t.hash} ~ '^[0-9a-f]{64}$'`),
    check('api_keys_scopes_present', sql`cardinality(${t.scopes}) > 0`),
    check('api_keys_name_length', sql`char_length(${t.name}) between 1 and 100`),
    check('api_keys_allowed_ips_count', sql`cardinality(${t.allowedIps}) <= 50`),
    check('api_keys_rate_limit_range', sql`${t.rateLimitPerMinute} between 1 and 100000`),
  ],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
