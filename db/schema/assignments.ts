import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, unique, uuid } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';
import { tenants } from './tenancy';

/**
 * The levels an item is assigned at, from the broadest to the most specific. The most specific
 * level that reaches a customer wins (customer > group > category > all): lib/assignments/resolve.ts.
 */
export const assignmentLevels = ['all', 'category', 'group', 'customer'] as const;
export type AssignmentLevel = (typeof assignmentLevels)[number];

/**
 * The assignment engine's one table (DOMAIN.md "Customer hierarchy and assignments"): an item of a
 * registered type (`item_type`, e.g. portal_module; `item_key`, e.g. cloud_pbx) assigned to ALL
 * customers, a category, a group or one customer account (`target_id`, null for ALL), with a value
 * validated by the type's zod schema (`{ enabled: true }` for a module).
 *
 * Categories and groups are platform-wide, so ALL/category/group rows belong to the root tenant
 * (the platform set them); a customer-level row belongs to the account's tenant. Item types and
 * keys are text, not foreign keys: later domains register types without changing this table.
 */
export const assignments = pgTable(
  'assignments',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    itemType: text('item_type').notNull(),
    itemKey: text('item_key').notNull(),
    level: text('level', { enum: assignmentLevels }).notNull(),
    targetId: uuid('target_id'),
    value: jsonb('value').notNull(),
    createdBy: uuid('created_by'),
    ...timestamps(),
  },
  (t) => [
    // One value per item and target (ALL's null target counts as one value).
    unique('assignments_item_target_key').on(t.itemType, t.itemKey, t.level, t.targetId).nullsNotDistinct(),
    // "What does customer X get": one query over (level, target) pairs, whatever the catalogue size.
    index('assignments_level_target_idx').on(t.level, t.targetId),
    check('assignments_level_valid', sql`${t.level} in ('all', 'category', 'group', 'customer')`),
    check('assignments_target_matches_level', sql`(${t.level} = 'all') = (${t.targetId} is null)`),
    check('assignments_item_type_format', sql`${t.itemType} ~ '^[a-z][a-z0-9_]{0,62}$'`),
    check('assignments_item_key_length', sql`char_length(${t.itemKey}) between 1 and 200`),
    check('assignments_value_size', sql`pg_column_size(${t.value}) <= 8192`),
  ],
);

export type AssignmentRow = typeof assignments.$inferSelect;
