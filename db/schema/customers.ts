import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, index, integer, pgSequence, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, oneOf, timestamps } from './columns';
import { tenants } from './tenancy';

/**
 * Customer hierarchy (DOMAIN.md "Customer hierarchy and assignments"):
 * category (public, platform-wide) -> group (admin segment inside a category) -> customer account
 * (per tenant: the unit that buys and is billed) -> users (users.customer_account_id).
 *
 * Categories and groups are platform-wide (no tenant_id): the assignment engine assigns items to
 * them for every brand alike, and the onboarding's category choice (users.customer_category) names
 * a category by its slug. Accounts carry tenant_id, so RLS isolates them per brand.
 */

import { billingModels, customerAccountStatuses } from './customer-values';

export { billingModels, customerAccountStatuses, type BillingModel, type CustomerAccountStatus } from './customer-values';

/** `customerCategories` (db/schema/auth.ts) is the onboarding's list of slugs, hence the Table suffix. */
export const customerCategoriesTable = pgTable(
  'customer_categories',
  {
    id: id(),
    /** Stable key: the onboarding's category choice (sip_trunk, enterprise, call_center, individual) and URLs. */
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** Shown on the marketing site. */
    publicDescription: text('public_description').notNull().default(''),
    /** Portal module keys a customer of this category gets by default (the assignment engine's category level). */
    defaultModules: text('default_modules').array().notNull().default(sql`'{}'::text[]`),
    sortOrder: integer('sort_order').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('customer_categories_slug_key').on(t.slug),
    index('customer_categories_order_idx').on(t.sortOrder, t.id),
    check('customer_categories_slug_format', sql`${t.slug} ~ '^[a-z0-9](?:[a-z0-9_]{0,38}[a-z0-9])?$'`),
    check('customer_categories_name_length', sql`char_length(${t.name}) between 1 and 100`),
    check('customer_categories_description_length', sql`char_length(${t.publicDescription}) <= 2000`),
  ],
);

export const customerGroups = pgTable(
  'customer_groups',
  {
    id: id(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => customerCategoriesTable.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('customer_groups_category_name_key').on(t.categoryId, sql`lower(${t.name})`),
    // Target of customer_accounts (category_id, group_id): an account's group lies in its category.
    unique('customer_groups_category_id_key').on(t.categoryId, t.id),
    index('customer_groups_category_created_idx').on(t.categoryId, t.createdAt, t.id),
    check('customer_groups_name_length', sql`char_length(${t.name}) between 1 and 100`),
    check('customer_groups_description_length', sql`char_length(${t.description}) <= 2000`),
  ],
);

/** Account numbers: one platform-wide sequence, so a number is unique per tenant (and across them) and never reused. */
export const customerAccountNumberSeq = pgSequence('customer_account_number_seq', { startWith: 100001, minValue: 100001 });

export const customerAccounts = pgTable(
  'customer_accounts',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .default(sql`app_current_tenant()`)
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** Human-friendly, what support asks for on the phone; assigned by the database. */
    accountNumber: text('account_number').notNull().default(sql`nextval('customer_account_number_seq')::text`),
    company: text('company').notNull(),
    billingContactName: text('billing_contact_name').notNull(),
    billingEmail: text('billing_email').notNull(),
    /** ISO 3166-1 alpha-2; null only for an account created by sign-up until the customer gives it (onboarding does not ask). */
    country: text('country'),
    /** ISO 4217 (lib/billing/currencies.ts). */
    billingCurrency: text('billing_currency').notNull(),
    billingModel: text('billing_model', { enum: billingModels }).notNull().default('prepaid'),
    /** Minor units of billing_currency; postpaid only. */
    creditLimitMinor: bigint('credit_limit_minor', { mode: 'number' }),
    status: text('status', { enum: customerAccountStatuses }).notNull().default('active'),
    statusReason: text('status_reason'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }),
    categoryId: uuid('category_id').notNull(),
    groupId: uuid('group_id'),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('customer_accounts_tenant_number_key').on(t.tenantId, t.accountNumber),
    // Target of users (tenant_id, customer_account_id): foreign-key checks bypass RLS.
    unique('customer_accounts_tenant_id_key').on(t.tenantId, t.id),
    index('customer_accounts_tenant_created_idx').on(t.tenantId, t.createdAt, t.id),
    // Platform staff list across brands.
    index('customer_accounts_created_idx').on(t.createdAt, t.id),
    index('customer_accounts_tenant_company_idx').on(t.tenantId, t.company, t.id),
    index('customer_accounts_category_idx').on(t.categoryId),
    index('customer_accounts_group_idx').on(t.groupId),
    foreignKey({ name: 'customer_accounts_category_fk', columns: [t.categoryId], foreignColumns: [customerCategoriesTable.id] }).onDelete('restrict'),
    foreignKey({ name: 'customer_accounts_group_fk', columns: [t.categoryId, t.groupId], foreignColumns: [customerGroups.categoryId, customerGroups.id] }).onDelete('restrict'),
    check('customer_accounts_number_format', sql`${t.accountNumber} ~ '^[0-9]{6,12}$'`),
    check('customer_accounts_company_length', sql`char_length(${t.company}) between 1 and 200`),
    check('customer_accounts_contact_length', sql`char_length(${t.billingContactName}) between 1 and 200`),
    check('customer_accounts_email_format', sql`${t.billingEmail} = lower(${t.billingEmail}) and char_length(${t.billingEmail}) <= 254 and ${t.billingEmail} ~ '^[^[:space:][:cntrl:]<>"@]+@[^[:space:][:cntrl:]<>"@]+\\.[^[:space:][:cntrl:]<>"@]+$'`),
    check('customer_accounts_country_format', sql`${t.country} is null or ${t.country} ~ '^[A-Z]{2}$'`),
    check('customer_accounts_currency_format', sql`${t.billingCurrency} ~ '^[A-Z]{3}$'`),
    check('customer_accounts_billing_model_valid', oneOf(t.billingModel, billingModels)),
    check('customer_accounts_status_valid', oneOf(t.status, customerAccountStatuses)),
    check('customer_accounts_credit_limit', sql`(${t.billingModel} = 'postpaid' and ${t.creditLimitMinor} is not null and ${t.creditLimitMinor} >= 0) or (${t.billingModel} = 'prepaid' and ${t.creditLimitMinor} is null)`),
    check('customer_accounts_status_reason_length', sql`${t.statusReason} is null or char_length(${t.statusReason}) <= 500`),
  ],
);

export type CustomerCategoryRow = typeof customerCategoriesTable.$inferSelect;
export type CustomerGroupRow = typeof customerGroups.$inferSelect;
export type CustomerAccountRow = typeof customerAccounts.$inferSelect;
