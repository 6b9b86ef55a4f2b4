import { sql } from 'drizzle-orm';
import { bigint, check, foreignKey, index, integer, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { carrierInterconnects } from './class4';
import { id, oneOf, timestamps } from './columns';
import { tenants } from './tenancy';
import { MAX_PREFIX_DIGITS } from './rates-values';
import { MAX_MARGIN_FLOOR_MICRO, ROUTE_MAX_QUALITY_TIER, ROUTE_MAX_WEIGHT, routeCheckStatuses, routeFindingKinds, routeMethods, routingPlanStatuses } from './routing-values';

export * from './routing-values';

/**
 * Routing (issue 12 item 4): routing plans per tenant (RLS) with one route entry per dialled-number
 * prefix; an entry lists egress interconnects (suppliers) itself or takes a named route group's list,
 * and picks them ordered, weighted or by least cost (LCR, buy rates from each supplier's rating plan
 * through lib/rates). A supplier without a supplier rating plan is refused (margin enforcement) by
 * lib/routing AND by the trigger of the custom migration `routing_rules` (constraint
 * routing_suppliers_supplier_plan); the composite foreign key keeps suppliers egress-only.
 * The route table check stores its runs and findings here.
 */

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .default(sql`app_current_tenant()`)
    .references(() => tenants.id, { onDelete: 'cascade' });

export const routingPlans = pgTable(
  'routing_plans',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    status: text('status', { enum: routingPlanStatuses }).notNull().default('draft'),
    /**
     * Least margin per minute (sell rate - buy rate, integer micro-units of the customer plan's
     * currency) a supplier must leave; a supplier under it is skipped. Negative = a loss is accepted.
     */
    marginFloorMicro: bigint('margin_floor_micro', { mode: 'number' }).notNull().default(0),
    description: text('description').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    unique('routing_plans_tenant_id_key').on(t.tenantId, t.id),
    uniqueIndex('routing_plans_tenant_name_key').on(t.tenantId, sql`lower(${t.name})`),
    index('routing_plans_name_idx').on(t.name, t.id),
    check('routing_plans_name_length', sql`char_length(${t.name}) between 1 and 120`),
    check('routing_plans_status_valid', oneOf(t.status, routingPlanStatuses)),
    check('routing_plans_margin_floor_range', sql`abs(${t.marginFloorMicro}) <= ${sql.raw(String(MAX_MARGIN_FLOOR_MICRO))}`),
    check('routing_plans_description_length', sql`char_length(${t.description}) <= 4000`),
  ],
);

/** A named supplier list of a plan, reused by several entries. */
export const routeGroups = pgTable(
  'route_groups',
  {
    id: id(),
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull(),
    name: text('name').notNull(),
    ...timestamps(),
  },
  (t) => [
    unique('route_groups_tenant_id_key').on(t.tenantId, t.id),
    unique('route_groups_plan_id_key').on(t.planId, t.id),
    foreignKey({ name: 'route_groups_plan_fk', columns: [t.tenantId, t.planId], foreignColumns: [routingPlans.tenantId, routingPlans.id] }).onDelete('cascade'),
    uniqueIndex('route_groups_plan_name_key').on(t.planId, sql`lower(${t.name})`),
    index('route_groups_name_idx').on(t.planId, t.name, t.id),
    check('route_groups_name_length', sql`char_length(${t.name}) between 1 and 120`),
  ],
);

/** One prefix of a plan: the longest entry prefix of a dialled number routes it. */
export const routeEntries = pgTable(
  'route_entries',
  {
    id: id(),
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull(),
    /** Digits only (normalised E.164 without +), 1-15. */
    prefix: text('prefix').notNull(),
    method: text('method', { enum: routeMethods }).notNull(),
    /** The group whose supplier list this entry uses; null = its own list (route_suppliers.entry_id). */
    groupId: uuid('group_id'),
    ...timestamps(),
  },
  (t) => [
    unique('route_entries_tenant_id_key').on(t.tenantId, t.id),
    foreignKey({ name: 'route_entries_plan_fk', columns: [t.tenantId, t.planId], foreignColumns: [routingPlans.tenantId, routingPlans.id] }).onDelete('cascade'),
    // The group is one of the same plan's (restrict: a group in use is not deleted under its entries).
    foreignKey({ name: 'route_entries_group_fk', columns: [t.planId, t.groupId], foreignColumns: [routeGroups.planId, routeGroups.id] }).onDelete('restrict'),
    unique('route_entries_plan_prefix_key').on(t.planId, t.prefix),
    /** Prefix search (LIKE '44%') and keyset pages by prefix. */
    index('route_entries_prefix_idx').using('btree', t.planId, sql`${t.prefix} text_pattern_ops`, t.id),
    index('route_entries_group_idx').on(t.groupId),
    check('route_entries_prefix_format', sql`${t.prefix} ~ ${sql.raw(`'^[0-9]{1,${MAX_PREFIX_DIGITS}}$'`)}`),
    check('route_entries_method_valid', oneOf(t.method, routeMethods)),
  ],
);

/**
 * A supplier in an entry's own list or in a group's list (exactly one owner): an egress interconnect
 * (composite foreign key on its direction) with its position, weight and quality tier. Deleting the
 * interconnect takes it out of every list.
 */
export const routeSuppliers = pgTable(
  'route_suppliers',
  {
    id: id(),
    tenantId: tenantId(),
    entryId: uuid('entry_id'),
    groupId: uuid('group_id'),
    /** 0-based order in the list (the order of `ordered`, the tiebreak of the others). */
    position: integer('position').notNull(),
    interconnectId: uuid('interconnect_id').notNull(),
    /** Always 'egress': with interconnect_id, a foreign key to the interconnect's direction. */
    interconnectDirection: text('interconnect_direction').notNull().default('egress'),
    weight: integer('weight').notNull().default(100),
    qualityTier: integer('quality_tier').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'route_suppliers_entry_fk', columns: [t.tenantId, t.entryId], foreignColumns: [routeEntries.tenantId, routeEntries.id] }).onDelete('cascade'),
    foreignKey({ name: 'route_suppliers_group_fk', columns: [t.tenantId, t.groupId], foreignColumns: [routeGroups.tenantId, routeGroups.id] }).onDelete('cascade'),
    foreignKey({
      name: 'route_suppliers_egress_interconnect',
      columns: [t.tenantId, t.interconnectId, t.interconnectDirection],
      foreignColumns: [carrierInterconnects.tenantId, carrierInterconnects.id, carrierInterconnects.direction],
    }).onDelete('cascade'),
    uniqueIndex('route_suppliers_entry_position_key').on(t.entryId, t.position).where(sql`entry_id is not null`),
    uniqueIndex('route_suppliers_group_position_key').on(t.groupId, t.position).where(sql`group_id is not null`),
    uniqueIndex('route_suppliers_entry_interconnect_key').on(t.entryId, t.interconnectId).where(sql`entry_id is not null`),
    uniqueIndex('route_suppliers_group_interconnect_key').on(t.groupId, t.interconnectId).where(sql`group_id is not null`),
    index('route_suppliers_interconnect_idx').on(t.interconnectId),
    check('route_suppliers_one_owner', sql`num_nonnulls(${t.entryId}, ${t.groupId}) = 1`),
    check('route_suppliers_direction_egress', sql`${t.interconnectDirection} = 'egress'`),
    check('route_suppliers_position_range', sql`${t.position} between 0 and 1000`),
    check('route_suppliers_weight_range', sql`${t.weight} between 0 and ${sql.raw(String(ROUTE_MAX_WEIGHT))}`),
    check('route_suppliers_quality_tier_range', sql`${t.qualityTier} between 1 and ${sql.raw(String(ROUTE_MAX_QUALITY_TIER))}`),
  ],
);

/** One run of the route table check over a plan (a `routing.check` job), its progress and counts. */
export const routeChecks = pgTable(
  'route_checks',
  {
    id: id(),
    tenantId: tenantId(),
    planId: uuid('plan_id').notNull(),
    /** The customer (sell) rate plan margins are computed against (lib/rates; no foreign key across domains). */
    customerRatePlanId: uuid('customer_rate_plan_id').notNull(),
    /** The instant rates are looked up at. */
    at: timestamp('at', { withTimezone: true }).notNull(),
    status: text('status', { enum: routeCheckStatuses }).notNull().default('queued'),
    total: integer('total').notNull().default(0),
    done: integer('done').notNull().default(0),
    /** The last prefix checked: the job resumes after it. */
    lastPrefix: text('last_prefix'),
    noRoute: integer('no_route').notNull().default(0),
    negativeMargin: integer('negative_margin').notNull().default(0),
    singleSupplier: integer('single_supplier').notNull().default(0),
    jobId: bigint('job_id', { mode: 'number' }),
    error: text('error'),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    ...timestamps(),
  },
  (t) => [
    unique('route_checks_tenant_id_key').on(t.tenantId, t.id),
    foreignKey({ name: 'route_checks_plan_fk', columns: [t.tenantId, t.planId], foreignColumns: [routingPlans.tenantId, routingPlans.id] }).onDelete('cascade'),
    index('route_checks_plan_idx').on(t.planId, t.createdAt, t.id),
    /** One check at a time per plan. */
    uniqueIndex('route_checks_one_running').on(t.planId).where(sql`status in ('queued', 'running')`),
    check('route_checks_status_valid', oneOf(t.status, routeCheckStatuses)),
    check('route_checks_progress', sql`${t.done} between 0 and ${t.total}`),
  ],
);

/** What the check found at one prefix. */
export const routeCheckFindings = pgTable(
  'route_check_findings',
  {
    id: id(),
    tenantId: tenantId(),
    checkId: uuid('check_id').notNull(),
    prefix: text('prefix').notNull(),
    kind: text('kind', { enum: routeFindingKinds }).notNull(),
    /** Why (the skip reasons, the losing supplier and its margin), for people. */
    detail: text('detail').notNull(),
    candidates: integer('candidates').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'route_check_findings_check_fk', columns: [t.tenantId, t.checkId], foreignColumns: [routeChecks.tenantId, routeChecks.id] }).onDelete('cascade'),
    // A batch run again after a crash writes nothing twice.
    unique('route_check_findings_key').on(t.checkId, t.prefix, t.kind),
    index('route_check_findings_kind_idx').on(t.checkId, t.kind, t.prefix, t.id),
    check('route_check_findings_kind_valid', oneOf(t.kind, routeFindingKinds)),
  ],
);

export type RoutingPlanRow = typeof routingPlans.$inferSelect;
export type RouteGroupRow = typeof routeGroups.$inferSelect;
export type RouteEntryRow = typeof routeEntries.$inferSelect;
export type RouteSupplierRow = typeof routeSuppliers.$inferSelect;
export type RouteCheckRow = typeof routeChecks.$inferSelect;
export type RouteCheckFindingRow = typeof routeCheckFindings.$inferSelect;
