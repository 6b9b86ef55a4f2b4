import { sql } from 'drizzle-orm';
import { check, foreignKey, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { id, timestamps } from './columns';
import { tenants } from './tenancy';

/**
 * A super admin acting as a customer user. The grant belongs to the target's tenant (tenant_id,
 * RLS), so only that tenant's hosts can find it. It starts with a one-time link token (short
 * lived), which the target's portal host exchanges once for the impersonation session; both are
 * stored as SHA-256 only. The grant ends at expires_at or when ended (by the impersonator, by a
 * forced sign-out, or when either user is disabled), and the row stays as history.
 */
export const impersonationGrants = pgTable(
  'impersonation_grants',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .default(sql`app_current_tenant()`)
      .references(() => tenants.id, { onDelete: 'cascade' }),
    targetUserId: uuid('target_user_id').notNull(),
    impersonatorTenantId: uuid('impersonator_tenant_id').notNull(),
    impersonatorId: uuid('impersonator_id').notNull(),
    reason: text('reason'),
    /** SHA-256 (hex) of the one-time link token; cleared when it is exchanged. */
    tokenHash: text('token_hash'),
    tokenExpiresAt: timestamp('token_expires_at', { withTimezone: true }).notNull(),
    /** SHA-256 (hex) of the impersonation session cookie's secret; set by the exchange. */
    sessionHash: text('session_hash'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    consumedAt: timestamp('consumed_at', { withTimezone: true }),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endReason: text('end_reason'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('impersonation_grants_token_key').on(t.tokenHash),
    uniqueIndex('impersonation_grants_session_key').on(t.sessionHash),
    index('impersonation_grants_target_idx').on(t.tenantId, t.targetUserId),
    index('impersonation_grants_impersonator_idx').on(t.impersonatorId),
    // Foreign-key checks bypass RLS: composite keys keep each user in the tenant the row names.
    foreignKey({ name: 'impersonation_grants_target_fk', columns: [t.tenantId, t.targetUserId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    foreignKey({ name: 'impersonation_grants_impersonator_fk', columns: [t.impersonatorTenantId, t.impersonatorId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    check('impersonation_grants_end_reason_valid', sql`${t.endReason} is null or ${t.endReason} in ('ended', 'revoked', 'user_disabled', 'signed_out')`),
  ],
);

export const impersonationEndReasons = ['ended', 'revoked', 'user_disabled', 'signed_out'] as const;
export type ImpersonationEndReason = (typeof impersonationEndReasons)[number];
export type ImpersonationGrant = typeof impersonationGrants.$inferSelect;
