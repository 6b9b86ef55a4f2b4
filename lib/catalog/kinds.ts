import type { InferSelectModel } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { catalogAuthMethods, catalogChannelPlans, catalogCodecs, catalogDidCountries, catalogDidProviders, catalogPops, catalogVoiceTiers } from '@/db/schema';
import type { CatalogAuditEntity } from '@/lib/audit/names';
import { defineListSpec, type ListQuerySpec } from '@/lib/pagination';
import { catalogSchemas, type CatalogKindKey } from './schemas';

/**
 * One catalogue kind, as the generic services need it: its table, its zod schema, its audit entity,
 * how its list sorts and searches, and which unique index guards which field (a violation becomes
 * a 422 on that field, not a 500). The services are written once over these definitions; the
 * types stay per kind (CatalogRow<'pops'> is the POP row).
 */
type CatalogTable = typeof catalogPops | typeof catalogVoiceTiers | typeof catalogCodecs | typeof catalogAuthMethods | typeof catalogChannelPlans | typeof catalogDidCountries | typeof catalogDidProviders;

export type CatalogKindDef<K extends CatalogKindKey, T extends CatalogTable> = {
  key: K;
  table: T;
  schema: (typeof catalogSchemas)[K];
  entity: CatalogAuditEntity;
  /** What one row is called in messages ("POP not found"). */
  label: string;
  listSpec: ListQuerySpec<'name' | 'createdAt', string>;
  /** The Trash list of this kind: newest deletion first. */
  trashSpec: ListQuerySpec<'updatedAt' | 'name', never>;
  /** Unique index name -> the field it guards, with the message the 422 shows. */
  unique: Record<string, { field: string; message: string }>;
};

function defineCatalogKind<K extends CatalogKindKey, T extends CatalogTable>(
  def: Omit<CatalogKindDef<K, T>, 'schema' | 'listSpec' | 'trashSpec'> & { searchColumns: PgColumn[]; filters?: ListQuerySpec<'name' | 'createdAt', string>['filters'] },
): CatalogKindDef<K, T> {
  const t = def.table as unknown as { name: PgColumn; createdAt: PgColumn; updatedAt: PgColumn };
  return {
    key: def.key,
    table: def.table,
    entity: def.entity,
    label: def.label,
    unique: def.unique,
    schema: catalogSchemas[def.key],
    listSpec: defineListSpec<'name' | 'createdAt', string>({ sortable: { name: t.name, createdAt: t.createdAt }, defaultSort: 'name', searchColumns: def.searchColumns, filters: def.filters ?? {} }),
    // Keyset sorts need NOT NULL columns, so the Trash sorts by updated_at: the trigger sets it when
    // the row is deleted, and a row in the Trash cannot be updated, so it is the deletion time.
    trashSpec: defineListSpec<'updatedAt' | 'name'>({ sortable: { updatedAt: t.updatedAt, name: t.name }, defaultSort: '-updatedAt', searchColumns: def.searchColumns }),
  };
}

export const catalogKinds = {
  pops: defineCatalogKind({
    key: 'pops',
    table: catalogPops,
    entity: 'catalog_pop',
    label: 'POP',
    searchColumns: [catalogPops.name, catalogPops.code],
    filters: { status: { column: catalogPops.status, values: ['active', 'maintenance', 'disabled'] } },
    unique: { catalog_pops_code_live: { field: 'code', message: 'another POP already uses this code' } },
  }),
  'voice-tiers': defineCatalogKind({
    key: 'voice-tiers',
    table: catalogVoiceTiers,
    entity: 'catalog_voice_tier',
    label: 'Voice tier',
    searchColumns: [catalogVoiceTiers.name],
    unique: { catalog_voice_tiers_rank_live: { field: 'rank', message: 'another voice tier already has this rank' } },
  }),
  codecs: defineCatalogKind({
    key: 'codecs',
    table: catalogCodecs,
    entity: 'catalog_codec',
    label: 'Codec',
    searchColumns: [catalogCodecs.name],
    unique: { catalog_codecs_name_live: { field: 'name', message: 'another codec already has this name' } },
  }),
  'auth-methods': defineCatalogKind({
    key: 'auth-methods',
    table: catalogAuthMethods,
    entity: 'catalog_auth_method',
    label: 'Auth method',
    searchColumns: [catalogAuthMethods.name],
    unique: { catalog_auth_methods_name_live: { field: 'name', message: 'another auth method already has this name' } },
  }),
  'channel-plans': defineCatalogKind({
    key: 'channel-plans',
    table: catalogChannelPlans,
    entity: 'catalog_channel_plan',
    label: 'Channel/CPS plan',
    searchColumns: [catalogChannelPlans.name],
    unique: { catalog_channel_plans_name_live: { field: 'name', message: 'another plan already has this name' } },
  }),
  'did-countries': defineCatalogKind({
    key: 'did-countries',
    table: catalogDidCountries,
    entity: 'catalog_did_country',
    label: 'DID country',
    searchColumns: [catalogDidCountries.name, catalogDidCountries.isoCode],
    unique: { catalog_did_countries_iso_live: { field: 'isoCode', message: 'this country is already in the catalogue' } },
  }),
  'did-providers': defineCatalogKind({
    key: 'did-providers',
    table: catalogDidProviders,
    entity: 'catalog_did_provider',
    label: 'DID provider',
    searchColumns: [catalogDidProviders.name],
    filters: { status: { column: catalogDidProviders.status, values: ['active', 'inactive'] } },
    unique: { catalog_did_providers_name_live: { field: 'name', message: 'another provider already has this name' } },
  }),
} as const;

export type CatalogKinds = typeof catalogKinds;
/** One row of a kind, as the services return it. */
export type CatalogRow<K extends CatalogKindKey> = InferSelectModel<CatalogKinds[K]['table']>;

export function kindOf<K extends CatalogKindKey>(key: K): CatalogKinds[K] {
  return catalogKinds[key];
}
