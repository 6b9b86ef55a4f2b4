import { sql } from 'drizzle-orm';
import { boolean, check, foreignKey, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid, type PgColumn } from 'drizzle-orm/pg-core';
import { roles } from './roles';
import { id, oneOf, timestamps } from './columns';
import { customerAccounts } from './customers';
import { tenants } from './tenancy';

/**
 * Identity: Better Auth's tables (user, session, account, verification, twoFactor) under our names.
 * Property keys are Better Auth's field names (the Drizzle adapter addresses columns by them);
 * columns are snake_case. Every table carries tenant_id so RLS isolates tenants: the column
 * defaults to the transaction's tenant (app_current_tenant()), which is how rows written by Better
 * Auth (which knows nothing of tenants) land in the right tenant, and with no tenant set an insert
 * fails instead of landing nowhere.
 */

export const userStatuses = ['active', 'disabled'] as const;
export type UserStatus = (typeof userStatuses)[number];

/** The onboarding gate (ARCHITECTURE.md §5): visitor -> signed_up -> verified -> onboarding_incomplete -> active. */
export const onboardingStates = ['signed_up', 'verified', 'onboarding_incomplete', 'active'] as const;
export type OnboardingState = (typeof onboardingStates)[number];

export const customerCategories = ['sip_trunk', 'enterprise', 'call_center', 'individual'] as const;
export type CustomerCategory = (typeof customerCategories)[number];

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .default(sql`app_current_tenant()`)
    .references(() => tenants.id, { onDelete: 'cascade' });

/**
 * (tenant_id, user_id) -> users(tenant_id, id): foreign-key checks bypass RLS, so a plain user_id
 * key would accept a row pointing at another tenant's user; the composite key cannot.
 */
const sameTenantUser = (name: string, t: { tenantId: PgColumn; userId: PgColumn }) =>
  foreignKey({ name, columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade');

export const users = pgTable(
  'users',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    email: text('email').notNull(),
    emailVerified: boolean('email_verified').notNull().default(false),
    image: text('image'),
    twoFactorEnabled: boolean('two_factor_enabled').notNull().default(false),
    role: text('role', { enum: roles }).notNull().default('customer_admin'),
    status: text('status', { enum: userStatuses }).notNull().default('active'),
    onboardingState: text('onboarding_state', { enum: onboardingStates }).notNull().default('signed_up'),
    companyName: text('company_name'),
    customerCategory: text('customer_category', { enum: customerCategories }),
    /** ISO 4217 code. */
    billingCurrency: text('billing_currency'),
    termsAcceptedAt: timestamp('terms_accepted_at', { withTimezone: true }),
    /** The customer account the user belongs to (customer_admin / customer_user); null for staff and not-yet-onboarded users. */
    customerAccountId: uuid('customer_account_id'),
    ...timestamps(),
  },
  (t) => [
    // Composite: foreign-key checks bypass RLS, so a plain key could point at another tenant's account.
    foreignKey({ name: 'users_customer_account_fk', columns: [t.tenantId, t.customerAccountId], foreignColumns: [customerAccounts.tenantId, customerAccounts.id] }),
    index('users_customer_account_idx').on(t.customerAccountId, t.createdAt, t.id),
    // The same person may hold accounts at two resellers: unique per tenant, never globally.
    uniqueIndex('users_tenant_email_key').on(t.tenantId, sql`lower(${t.email})`),
    // Target of the (tenant_id, user_id) foreign keys below.
    unique('users_tenant_id_key').on(t.tenantId, t.id),
    index('users_tenant_created_idx').on(t.tenantId, t.createdAt, t.id),
    check('users_email_lower', sql`${t.email} = lower(${t.email})`),
    check('users_role_valid', oneOf(t.role, roles)),
    check('users_status_valid', oneOf(t.status, userStatuses)),
    check('users_onboarding_state_valid', oneOf(t.onboardingState, onboardingStates)),
    check('users_customer_category_valid', sql`${t.customerCategory} is null or ${oneOf(t.customerCategory, customerCategories)}`),
    check('users_billing_currency_format', sql`${t.billingCurrency} is null or ${t.billingCurrency} ~ '^[A-Z]{3}$'`),
  ],
);

/**
 * Sign-in history. Redis (Better Auth's secondary storage) is the authority on whether a session
 * is live; these rows are kept for audit (preserveSessionInDatabase) and ended, not deleted.
 */
export const authSessions = pgTable(
  'auth_sessions',
  {
    id: id(),
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    token: text('token').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
    ...timestamps(),
  },
  (t) => [uniqueIndex('auth_sessions_token_key').on(t.token), index('auth_sessions_user_idx').on(t.userId, t.createdAt), sameTenantUser('auth_sessions_user_fk', t)],
);

/** Credentials (providerId "credential" holds the scrypt password hash) and, later, linked providers. */
export const authAccounts = pgTable(
  'auth_accounts',
  {
    id: id(),
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    accountId: text('account_id').notNull(),
    providerId: text('provider_id').notNull(),
    accessToken: text('access_token'),
    refreshToken: text('refresh_token'),
    idToken: text('id_token'),
    accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
    refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
    scope: text('scope'),
    password: text('password'),
    ...timestamps(),
  },
  (t) => [
    index('auth_accounts_user_idx').on(t.userId),
    uniqueIndex('auth_accounts_provider_key').on(t.tenantId, t.providerId, t.accountId),
    sameTenantUser('auth_accounts_user_fk', t),
  ],
);

/** Single-use tokens (password reset, 2FA challenge, trusted device); consumed atomically. */
export const authVerifications = pgTable(
  'auth_verifications',
  {
    id: id(),
    tenantId: tenantId(),
    identifier: text('identifier').notNull(),
    value: text('value').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ...timestamps(),
  },
  (t) => [index('auth_verifications_identifier_idx').on(t.identifier), index('auth_verifications_expires_idx').on(t.expiresAt)],
);

/** TOTP secret and backup codes, both encrypted by Better Auth with the tenant's secret. */
export const authTwoFactors = pgTable(
  'auth_two_factors',
  {
    id: id(),
    tenantId: tenantId(),
    userId: uuid('user_id').notNull(),
    secret: text('secret').notNull(),
    backupCodes: text('backup_codes').notNull(),
    verified: boolean('verified').notNull().default(true),
    failedVerificationCount: integer('failed_verification_count').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [uniqueIndex('auth_two_factors_user_key').on(t.userId), sameTenantUser('auth_two_factors_user_fk', t)],
);

export type UserRow = typeof users.$inferSelect;
export type AuthSessionRow = typeof authSessions.$inferSelect;
