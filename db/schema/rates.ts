import { sql } from 'drizzle-orm';
import { bigint, boolean, check, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, oneOf, timestamps } from './columns';
import { tenants } from './tenancy';
import { importRuleActions, importRuleKinds, incrementRuleKinds, MAX_ALLOWED_INCREMENTS, MAX_CHANGE_BP, MAX_INCREMENT_SECONDS, MAX_NOTICE_DAYS, MAX_PREFIX_DIGITS, MAX_RATE_MICRO, noticeRuleKinds, ratePlanKinds, ratePlanVersionStatuses, roundingModes } from './rates-values';

export * from './rates-values';

/**
 * Rate plans (issue 13 item 1): customer (sell) and supplier (buy) plans, per tenant (RLS). A plan
 * has versions (draft -> published -> superseded, full history); only a draft's rows change. The
 * immutability of a published or superseded version is enforced by lib/rates AND by the triggers of
 * the custom migration `rate_plans_immutable` (a write that bypasses the services is refused too).
 * Rates are integers in micro-units of the plan currency (never floats).
 */

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .default(sql`app_current_tenant()`)
    .references(() => tenants.id, { onDelete: 'cascade' });

const micro = (name: string) => bigint(name, { mode: 'number' });
const MAX = sql.raw(String(MAX_RATE_MICRO));

/**
 * Supplier import rule sets (issue 13 item 4; Digitalk's Business Rules): one set is shared by any
 * number of supplier (buy) plans, whose deck imports it checks row by row (lib/rates/import-rules).
 */
export const rateImportRuleSets = pgTable(
  'rate_import_rule_sets',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    unique('rate_import_rule_sets_tenant_id_key').on(t.tenantId, t.id),
    uniqueIndex('rate_import_rule_sets_tenant_name_key').on(t.tenantId, sql`lower(${t.name})`),
    index('rate_import_rule_sets_name_idx').on(t.name, t.id),
    check('rate_import_rule_sets_name_length', sql`char_length(${t.name}) between 1 and 120`),
    check('rate_import_rule_sets_description_length', sql`char_length(${t.description}) <= 4000`),
  ],
);

/** The rules of a set: every kind once, with its threshold (days, basis points or allowed seconds) and action. */
export const rateImportRules = pgTable(
  'rate_import_rules',
  {
    tenantId: tenantId(),
    ruleSetId: uuid('rule_set_id').notNull(),
    rule: text('rule', { enum: importRuleKinds }).notNull(),
    action: text('action', { enum: importRuleActions }).notNull().default('none'),
    /** Notice rules: days; max change rules: basis points of a percent (2500 = 25.00 %). */
    threshold: integer('threshold'),
    /** Increment rules: the allowed seconds. */
    allowed: integer('allowed').array(),
  },
  (t) => [
    primaryKey({ name: 'rate_import_rules_pkey', columns: [t.ruleSetId, t.rule] }),
    foreignKey({ name: 'rate_import_rules_set_fk', columns: [t.tenantId, t.ruleSetId], foreignColumns: [rateImportRuleSets.tenantId, rateImportRuleSets.id] }).onDelete('cascade'),
    check('rate_import_rules_rule_valid', oneOf(t.rule, importRuleKinds)),
    check('rate_import_rules_action_valid', oneOf(t.action, importRuleActions)),
    check(
      'rate_import_rules_threshold_fits',
      sql`case when ${oneOf(t.rule, incrementRuleKinds)} then ${t.threshold} is null and ${t.allowed} is not null and cardinality(${t.allowed}) between 1 and ${sql.raw(String(MAX_ALLOWED_INCREMENTS))} and 1 <= all(${t.allowed}) and ${sql.raw(String(MAX_INCREMENT_SECONDS))} >= all(${t.allowed})
        when ${oneOf(t.rule, noticeRuleKinds)} then ${t.allowed} is null and ${t.threshold} between 0 and ${sql.raw(String(MAX_NOTICE_DAYS))}
        else ${t.allowed} is null and ${t.threshold} between 1 and ${sql.raw(String(MAX_CHANGE_BP))} end`,
    ),
  ],
);

export const ratePlans = pgTable(
  'rate_plans',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ratePlanKinds }).notNull(),
    /** ISO 4217; fixed once the plan has a published version (lib/rates). */
    currency: text('currency').notNull(),
    /** Decimals a per-call charge is rounded to (0-6). */
    precision: integer('precision').notNull().default(4),
    rounding: text('rounding', { enum: roundingModes }).notNull().default('up'),
    description: text('description').notNull().default(''),
    /** The supplier import rules its decks are checked against (buy plans only). */
    importRuleSetId: uuid('import_rule_set_id'),
    ...timestamps(),
  },
  (t) => [
    unique('rate_plans_tenant_id_key').on(t.tenantId, t.id),
    foreignKey({ name: 'rate_plans_import_rule_set_fk', columns: [t.tenantId, t.importRuleSetId], foreignColumns: [rateImportRuleSets.tenantId, rateImportRuleSets.id] }).onDelete('restrict'),
    index('rate_plans_import_rule_set_idx').on(t.importRuleSetId),
    check('rate_plans_import_rules_buy_only', sql`${t.importRuleSetId} is null or ${t.kind} = 'buy'`),
    uniqueIndex('rate_plans_tenant_name_key').on(t.tenantId, sql`lower(${t.name})`),
    index('rate_plans_name_idx').on(t.name, t.id),
    index('rate_plans_created_idx').on(t.createdAt, t.id),
    check('rate_plans_name_length', sql`char_length(${t.name}) between 1 and 120`),
    check('rate_plans_kind_valid', oneOf(t.kind, ratePlanKinds)),
    check('rate_plans_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check('rate_plans_precision_range', sql`${t.precision} between 0 and 6`),
    check('rate_plans_rounding_valid', oneOf(t.rounding, roundingModes)),
    check('rate_plans_description_length', sql`char_length(${t.description}) <= 4000`),
  ],
);

export const ratePlanVersions = pgTable(
  'rate_plan_versions',
  {
    id: id(),
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull(),
    /** 1, 2, 3 ... per plan. */
    number: integer('number').notNull(),
    status: text('status', { enum: ratePlanVersionStatuses }).notNull().default('draft'),
    notes: text('notes').notNull().default(''),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** The staff user who published (no foreign key: users are tenant rows under RLS). */
    publishedBy: uuid('published_by'),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('rate_plan_versions_tenant_id_key').on(t.tenantId, t.id),
    foreignKey({ name: 'rate_plan_versions_plan_fk', columns: [t.tenantId, t.planId], foreignColumns: [ratePlans.tenantId, ratePlans.id] }).onDelete('cascade'),
    uniqueIndex('rate_plan_versions_plan_number_key').on(t.planId, t.number),
    /** At most one draft and one published version per plan. */
    uniqueIndex('rate_plan_versions_one_draft').on(t.planId).where(sql`status = 'draft'`),
    uniqueIndex('rate_plan_versions_one_published').on(t.planId).where(sql`status = 'published'`),
    check('rate_plan_versions_status_valid', oneOf(t.status, ratePlanVersionStatuses)),
    check('rate_plan_versions_number_range', sql`${t.number} between 1 and 1000000`),
    check('rate_plan_versions_published_at', sql`(${t.status} = 'draft') = (${t.publishedAt} is null)`),
    check('rate_plan_versions_notes_length', sql`char_length(${t.notes}) <= 4000`),
  ],
);

export const ratePlanRows = pgTable(
  'rate_plan_rows',
  {
    id: id(),
    tenantId: tenantId(),
    versionId: uuid('version_id').notNull(),
    /** Digits only (normalised E.164 without +), 1-15. */
    prefix: text('prefix').notNull(),
    destination: text('destination').notNull(),
    rateMicro: micro('rate_micro').notNull(),
    connectionFeeMicro: micro('connection_fee_micro').notNull().default(0),
    /** Seconds billed first (MCD) and then per step (pulse): 60/60, 60/6, 30/6, 6/6, 1/1. */
    initialIncrement: integer('initial_increment').notNull().default(60),
    subsequentIncrement: integer('subsequent_increment').notNull().default(60),
    minimumChargeMicro: micro('minimum_charge_micro').notNull().default(0),
    effectiveFrom: timestamp('effective_from', { withTimezone: true }).notNull(),
    /** Null = open-ended. */
    effectiveTo: timestamp('effective_to', { withTimezone: true }),
    /** A blocked destination: matched, but calls to it are refused. */
    blocked: boolean('blocked').notNull().default(false),
    ...timestamps(),
  },
  (t) => [
    foreignKey({ name: 'rate_plan_rows_version_fk', columns: [t.tenantId, t.versionId], foreignColumns: [ratePlanVersions.tenantId, ratePlanVersions.id] }).onDelete('cascade'),
    unique('rate_plan_rows_version_prefix_from_key').on(t.versionId, t.prefix, t.effectiveFrom),
    /** Typeahead by prefix (prefix-of: LIKE '44%') and the lookup (prefix = any(...)). */
    index('rate_plan_rows_prefix_idx').using('btree', t.versionId, sql`${t.prefix} text_pattern_ops`, t.effectiveFrom),
    /** Typeahead by destination name (contains, case-insensitive). */
    index('rate_plan_rows_destination_trgm').using('gin', sql`lower(${t.destination}) gin_trgm_ops`),
    check('rate_plan_rows_prefix_format', sql`${t.prefix} ~ ${sql.raw(`'^[0-9]{1,${MAX_PREFIX_DIGITS}}$'`)}`),
    check('rate_plan_rows_destination_length', sql`char_length(${t.destination}) between 1 and 200`),
    check('rate_plan_rows_money_range', sql`${t.rateMicro} between 0 and ${MAX} and ${t.connectionFeeMicro} between 0 and ${MAX} and ${t.minimumChargeMicro} between 0 and ${MAX}`),
    check('rate_plan_rows_increments', sql`${t.initialIncrement} between 1 and ${sql.raw(String(MAX_INCREMENT_SECONDS))} and ${t.subsequentIncrement} between 1 and ${sql.raw(String(MAX_INCREMENT_SECONDS))}`),
    check('rate_plan_rows_effective_order', sql`${t.effectiveTo} is null or ${t.effectiveFrom} < ${t.effectiveTo}`),
  ],
);

export type RatePlanRow = typeof ratePlans.$inferSelect;
export type RateImportRuleSetRow = typeof rateImportRuleSets.$inferSelect;
export type RateImportRuleRow = typeof rateImportRules.$inferSelect;
export type RatePlanVersionRow = typeof ratePlanVersions.$inferSelect;
export type RatePlanRateRow = typeof ratePlanRows.$inferSelect;
