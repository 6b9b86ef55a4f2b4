import { sql } from 'drizzle-orm';
import { bigint, boolean, check, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id, oneOf, timestamps } from './columns';
import { rateChangeKinds, rateImportStatuses } from './rate-imports-values';
import { importRuleActions, importRuleKinds } from './rates-values';
import { ratePlans } from './rates';
import { tenants } from './tenancy';

export * from './rate-imports-values';

/**
 * Deck imports (issue 13 items 2 and 3): an uploaded carrier deck (the file is in object storage),
 * parsed by the job `rates.import-deck` into a draft version of its plan, with its row-level error
 * report and its change set against the live version. Tenant rows (RLS), like the plans.
 */

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .default(sql`app_current_tenant()`)
    .references(() => tenants.id, { onDelete: 'cascade' });

export type RateImportOptions = {
  mapping: Partial<Record<string, string>>;
  delimiter: 'auto' | ',' | ';' | '\t';
  encoding: 'auto' | 'utf-8' | 'latin1';
  dateOrder: 'auto' | 'dmy' | 'mdy' | 'ymd';
  defaultEffectiveFrom: string | null;
};

export type RateImportSummary = {
  counts: Record<string, number>;
  closed: number;
  /** The supplier import rule set the rows were checked against (null: the plan has none), and its breaches by action. */
  ruleSet?: { id: string; name: string } | null;
  breaches?: { alert: number; reject: number; block: number };
};

export const rateImports = pgTable(
  'rate_imports',
  {
    id: id(),
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull(),
    status: text('status', { enum: rateImportStatuses }).notNull().default('uploaded'),
    fileName: text('file_name').notNull(),
    /** Object storage key of the uploaded deck. */
    fileKey: text('file_key').notNull(),
    fileBytes: bigint('file_bytes', { mode: 'number' }).notNull(),
    options: jsonb('options').$type<RateImportOptions>().notNull(),
    /** What the parser found (auto-detection). */
    delimiter: text('delimiter'),
    encoding: text('encoding'),
    /** The draft version the import produced (plain uuid: the draft may be discarded by a later import). */
    versionId: uuid('version_id'),
    /** The live version the change set was computed against (publish refuses when it moved). */
    baseVersionId: uuid('base_version_id'),
    rowsTotal: integer('rows_total').notNull().default(0),
    rowsStaged: integer('rows_staged').notNull().default(0),
    /** Data rows with at least one error (excluded from the draft). */
    rowsRejected: integer('rows_rejected').notNull().default(0),
    errorCount: integer('error_count').notNull().default(0),
    summary: jsonb('summary').$type<RateImportSummary>(),
    /** Why the whole file was refused (status failed). */
    failure: text('failure'),
    jobId: bigint('job_id', { mode: 'number' }),
    errorsAccepted: boolean('errors_accepted').notNull().default(false),
    errorsAcceptedBy: uuid('errors_accepted_by'),
    errorsAcceptedAt: timestamp('errors_accepted_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('rate_imports_tenant_id_key').on(t.tenantId, t.id),
    foreignKey({ name: 'rate_imports_plan_fk', columns: [t.tenantId, t.planId], foreignColumns: [ratePlans.tenantId, ratePlans.id] }).onDelete('cascade'),
    index('rate_imports_plan_idx').on(t.planId, t.createdAt),
    check('rate_imports_status_valid', oneOf(t.status, rateImportStatuses)),
    check('rate_imports_file_name_length', sql`char_length(${t.fileName}) between 1 and 255`),
  ],
);

/** One problem of one row of a deck: row (1 = the header), field, the value given, why. */
export const rateImportErrors = pgTable(
  'rate_import_errors',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    importId: uuid('import_id').notNull(),
    row: integer('row').notNull(),
    field: text('field').notNull(),
    value: text('value').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [
    foreignKey({ name: 'rate_import_errors_import_fk', columns: [t.tenantId, t.importId], foreignColumns: [rateImports.tenantId, rateImports.id] }).onDelete('cascade'),
    index('rate_import_errors_keyset').on(t.importId, t.row, t.id),
  ],
);

/** The change set of an import: one row per prefix that is new, removed, increased or decreased. */
export const rateImportChanges = pgTable(
  'rate_import_changes',
  {
    tenantId: tenantId(),
    importId: uuid('import_id').notNull(),
    prefix: text('prefix').notNull(),
    destination: text('destination').notNull(),
    kind: text('kind', { enum: rateChangeKinds }).notNull(),
    oldRateMicro: bigint('old_rate_micro', { mode: 'number' }),
    newRateMicro: bigint('new_rate_micro', { mode: 'number' }),
    /** Change in basis points of a percent (1250 = +12.50 %); null when new, removed or from 0. */
    changeBp: bigint('change_bp', { mode: 'number' }),
  },
  (t) => [
    primaryKey({ name: 'rate_import_changes_pkey', columns: [t.importId, t.prefix] }),
    foreignKey({ name: 'rate_import_changes_import_fk', columns: [t.tenantId, t.importId], foreignColumns: [rateImports.tenantId, rateImports.id] }).onDelete('cascade'),
    index('rate_import_changes_kind_idx').on(t.importId, t.kind, t.prefix),
    index('rate_import_changes_largest_idx').on(t.importId, sql`abs(${t.changeBp}) desc nulls last`),
    check('rate_import_changes_kind_valid', oneOf(t.kind, rateChangeKinds)),
  ],
);

/**
 * The supplier import rule breaches of an import (issue 13 item 4): one row per deck row and rule
 * it breached, with the action taken (alert: imported; reject: left out, the live rate stays;
 * block: imported blocked). Actions `none` are never recorded.
 */
export const rateImportBreaches = pgTable(
  'rate_import_breaches',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    tenantId: tenantId(),
    importId: uuid('import_id').notNull(),
    row: integer('row').notNull(),
    prefix: text('prefix').notNull(),
    rule: text('rule', { enum: importRuleKinds }).notNull(),
    action: text('action', { enum: importRuleActions }).notNull(),
    detail: text('detail').notNull(),
  },
  (t) => [
    foreignKey({ name: 'rate_import_breaches_import_fk', columns: [t.tenantId, t.importId], foreignColumns: [rateImports.tenantId, rateImports.id] }).onDelete('cascade'),
    index('rate_import_breaches_keyset').on(t.importId, t.row, t.id),
    index('rate_import_breaches_action_idx').on(t.importId, t.action, t.row, t.id),
    check('rate_import_breaches_rule_valid', oneOf(t.rule, importRuleKinds)),
    check('rate_import_breaches_action_valid', sql`${t.action} in ('alert', 'reject', 'block')`),
  ],
);

/** A carrier's column mapping and options, reused for its next decks. */
export const rateImportTemplates = pgTable(
  'rate_import_templates',
  {
    id: id(),
    tenantId: tenantId(),
    /** The carrier (lib/class4) whose decks use it; plain uuid, the class4 tables are another domain's. */
    carrierId: uuid('carrier_id'),
    name: text('name').notNull(),
    options: jsonb('options').$type<RateImportOptions>().notNull(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex('rate_import_templates_name_key').on(t.tenantId, sql`coalesce(${t.carrierId}, '00000000-0000-0000-0000-000000000000'::uuid)`, sql`lower(${t.name})`),
    check('rate_import_templates_name_length', sql`char_length(${t.name}) between 1 and 120`),
  ],
);

export type RateImportRow = typeof rateImports.$inferSelect;
export type RateImportErrorRow = typeof rateImportErrors.$inferSelect;
export type RateImportChangeRow = typeof rateImportChanges.$inferSelect;
export type RateImportBreachRow = typeof rateImportBreaches.$inferSelect;
export type RateImportTemplateRow = typeof rateImportTemplates.$inferSelect;
