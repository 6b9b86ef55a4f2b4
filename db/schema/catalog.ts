import { sql } from 'drizzle-orm';
import { boolean, check, index, inet, integer, pgTable, text, timestamp, uniqueIndex, uuid, type PgColumn } from 'drizzle-orm/pg-core';
import { id, timestamps } from './columns';

/**
 * The voice catalogue (issue 11 item 6): what the platform offers, as platform-level rows (no
 * tenant_id, so no RLS policy: only platform staff reach them through platformTx; which customer
 * sees which row is the assignment engine's answer, not a column here). Every kind has a
 * description (issue 11 item 7) and is soft-deleted (deleted_at/deleted_by): a deleted row sits in
 * the Trash until the retention (catalog_settings) passes and catalog.purge-trash removes it.
 */

import { authMethodKinds, didProviderStatuses, popRegions, popStatuses } from './catalog-enums';

export { authMethodKinds, didProviderStatuses, popRegions, popStatuses } from './catalog-enums';

/** Soft delete: deleted_by is the staff user (no foreign key: users are tenant rows under RLS). */
const softDelete = () => ({
  deletedAt: timestamp('deleted_at', { withTimezone: true }),
  deletedBy: uuid('deleted_by'),
});

const description = () => text('description').notNull().default('');

/** The indexes every kind has: keyset by name and by creation, and the trash/purge scan. */
function common(table: string, c: { name: PgColumn; createdAt: PgColumn; id: PgColumn; deletedAt: PgColumn }) {
  return [
    index(`${table}_name_id_idx`).on(c.name, c.id),
    index(`${table}_created_id_idx`).on(c.createdAt, c.id),
    index(`${table}_deleted_idx`).on(c.deletedAt, c.id).where(sql`deleted_at is not null`),
    check(`${table}_description_len`, sql`length(description) <= 4000`),
    check(`${table}_name_len`, sql`length(name) between 1 and 120`),
  ];
}

/** A point of presence: where customers send SIP (its signalling addresses) and where media anchors. */
export const catalogPops = pgTable(
  'catalog_pops',
  {
    id: id(),
    name: text('name').notNull(),
    /** Short stable code (e.g. LON1), unique among live rows. */
    code: text('code').notNull(),
    region: text('region', { enum: popRegions }).notNull(),
    ipAddresses: inet('ip_addresses').array().notNull().default(sql`'{}'::inet[]`),
    status: text('status', { enum: popStatuses }).notNull().default('active'),
    description: description(),
    ...softDelete(),
    ...timestamps(),
  },
  (t) => [
    ...common('catalog_pops', t),
    uniqueIndex('catalog_pops_code_live').on(t.code).where(sql`deleted_at is null`),
    check('catalog_pops_code_format', sql`${t.code} ~ '^[A-Z0-9][A-Z0-9-]{0,15}$'`),
    check('catalog_pops_ip_count', sql`cardinality(${t.ipAddresses}) <= 32`),
  ],
);

/** A voice quality tier with its targets: ASR in basis points (5500 = 55.00 %), ACD in seconds, PDD in ms. */
export const catalogVoiceTiers = pgTable(
  'catalog_voice_tiers',
  {
    id: id(),
    name: text('name').notNull(),
    /** 1 = best; unique among live tiers (the four tiers are ranked). */
    rank: integer('rank').notNull(),
    asrTargetBp: integer('asr_target_bp').notNull(),
    acdTargetSeconds: integer('acd_target_seconds').notNull(),
    pddTargetMs: integer('pdd_target_ms').notNull(),
    description: description(),
    ...softDelete(),
    ...timestamps(),
  },
  (t) => [
    ...common('catalog_voice_tiers', t),
    uniqueIndex('catalog_voice_tiers_rank_live').on(t.rank).where(sql`deleted_at is null`),
    check('catalog_voice_tiers_rank_range', sql`${t.rank} between 1 and 99`),
    check('catalog_voice_tiers_asr_range', sql`${t.asrTargetBp} between 0 and 10000`),
    check('catalog_voice_tiers_acd_range', sql`${t.acdTargetSeconds} between 0 and 86400`),
    check('catalog_voice_tiers_pdd_range', sql`${t.pddTargetMs} between 0 and 60000`),
  ],
);

/** A media codec; payload_type null = dynamic (96-127, negotiated in SDP, e.g. Opus). */
export const catalogCodecs = pgTable(
  'catalog_codecs',
  {
    id: id(),
    name: text('name').notNull(),
    payloadType: integer('payload_type'),
    clockRate: integer('clock_rate').notNull(),
    description: description(),
    ...softDelete(),
    ...timestamps(),
  },
  (t) => [
    ...common('catalog_codecs', t),
    uniqueIndex('catalog_codecs_name_live').on(t.name).where(sql`deleted_at is null`),
    check('catalog_codecs_payload_type_range', sql`${t.payloadType} is null or ${t.payloadType} between 0 and 95`),
    check('catalog_codecs_clock_rate_range', sql`${t.clockRate} between 1000 and 192000`),
  ],
);

/** How a customer's trunk authenticates: by source IP or by SIP digest credentials. */
export const catalogAuthMethods = pgTable(
  'catalog_auth_methods',
  {
    id: id(),
    name: text('name').notNull(),
    kind: text('kind', { enum: authMethodKinds }).notNull(),
    description: description(),
    ...softDelete(),
    ...timestamps(),
  },
  (t) => [...common('catalog_auth_methods', t), uniqueIndex('catalog_auth_methods_name_live').on(t.name).where(sql`deleted_at is null`)],
);

/** A capacity plan: concurrent channels and calls per second. */
export const catalogChannelPlans = pgTable(
  'catalog_channel_plans',
  {
    id: id(),
    name: text('name').notNull(),
    channels: integer('channels').notNull(),
    cps: integer('cps').notNull(),
    description: description(),
    ...softDelete(),
    ...timestamps(),
  },
  (t) => [
    ...common('catalog_channel_plans', t),
    uniqueIndex('catalog_channel_plans_name_live').on(t.name).where(sql`deleted_at is null`),
    check('catalog_channel_plans_channels_range', sql`${t.channels} between 1 and 100000`),
    check('catalog_channel_plans_cps_range', sql`${t.cps} between 1 and 10000`),
  ],
);

/** A country where DIDs are sold, with its regulator's requirements and the KYC documents asked. */
export const catalogDidCountries = pgTable(
  'catalog_did_countries',
  {
    id: id(),
    /** ISO 3166-1 alpha-2, upper case; unique among live rows. */
    isoCode: text('iso_code').notNull(),
    name: text('name').notNull(),
    requirements: text('requirements').notNull().default(''),
    kycDocuments: text('kyc_documents').array().notNull().default(sql`'{}'::text[]`),
    description: description(),
    ...softDelete(),
    ...timestamps(),
  },
  (t) => [
    ...common('catalog_did_countries', t),
    uniqueIndex('catalog_did_countries_iso_live').on(t.isoCode).where(sql`deleted_at is null`),
    check('catalog_did_countries_iso_format', sql`${t.isoCode} ~ '^[A-Z]{2}$'`),
    check('catalog_did_countries_requirements_len', sql`length(${t.requirements}) <= 4000`),
    check('catalog_did_countries_kyc_count', sql`cardinality(${t.kycDocuments}) <= 20`),
  ],
);

/** A wholesale DID supplier and the countries it covers (ISO codes). */
export const catalogDidProviders = pgTable(
  'catalog_did_providers',
  {
    id: id(),
    name: text('name').notNull(),
    countries: text('countries').array().notNull().default(sql`'{}'::text[]`),
    status: text('status', { enum: didProviderStatuses }).notNull().default('active'),
    description: description(),
    ...softDelete(),
    ...timestamps(),
  },
  (t) => [
    ...common('catalog_did_providers', t),
    uniqueIndex('catalog_did_providers_name_live').on(t.name).where(sql`deleted_at is null`),
    check('catalog_did_providers_country_count', sql`cardinality(${t.countries}) <= 250`),
  ],
);

/** The catalogue's settings: one row (id is always true). */
export const catalogSettings = pgTable(
  'catalog_settings',
  {
    id: boolean('id').primaryKey().default(true),
    /** Days a soft-deleted row stays in the Trash before catalog.purge-trash removes it. */
    trashRetentionDays: integer('trash_retention_days').notNull().default(30),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('catalog_settings_one_row', sql`${t.id}`), check('catalog_settings_retention_range', sql`${t.trashRetentionDays} between 1 and 3650`)],
);
