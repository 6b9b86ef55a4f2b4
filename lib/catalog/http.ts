import 'server-only';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { pathParams, route } from '@/lib/http/route';
import { catalogSchemas, catalogUpdateSchemas, trashRetentionSchema, type CatalogKindKey } from './schemas';
import { createCatalogItem } from './services/create-catalog-item';
import { deleteCatalogItem } from './services/delete-catalog-item';
import { getCatalogItem } from './services/get-catalog-item';
import { getCatalogSettings } from './services/get-catalog-settings';
import { listCatalogItemAssignments } from './services/list-catalog-item-assignments';
import { listCatalogItems } from './services/list-catalog-items';
import { listCatalogTrash } from './services/list-catalog-trash';
import { restoreCatalogItem } from './services/restore-catalog-item';
import { updateCatalogItem } from './services/update-catalog-item';
import { updateCatalogSettings } from './services/update-catalog-settings';

/**
 * The `/api/v1/catalog/<kind>` routes of every kind, built from one description so that the seven
 * kinds cannot drift (each route file is one line: `export const { GET, POST } = catalogCollection('pops')`).
 * Staff call them from the admin portal (session) or with an API key scoped catalog.read/catalog.write.
 */
const TAG = 'Voice catalogue';

const names: Record<CatalogKindKey, { one: string; many: string; op: string; ops: string }> = {
  pops: { one: 'POP', many: 'POPs', op: 'Pop', ops: 'Pops' },
  'voice-tiers': { one: 'voice tier', many: 'voice tiers', op: 'VoiceTier', ops: 'VoiceTiers' },
  codecs: { one: 'codec', many: 'codecs', op: 'Codec', ops: 'Codecs' },
  'auth-methods': { one: 'auth method', many: 'auth methods', op: 'AuthMethod', ops: 'AuthMethods' },
  'channel-plans': { one: 'channel/CPS plan', many: 'channel/CPS plans', op: 'ChannelPlan', ops: 'ChannelPlans' },
  'did-countries': { one: 'DID country', many: 'DID countries', op: 'DidCountry', ops: 'DidCountries' },
  'did-providers': { one: 'DID provider', many: 'DID providers', op: 'DidProvider', ops: 'DidProviders' },
};

const keyOf = (kind: CatalogKindKey) => kind.replace(/-/g, '_');

/** The row as the API answers it: the kind's fields plus id, soft-delete and timestamps (dates as ISO strings). */
export function catalogRowSchema(kind: CatalogKindKey) {
  return catalogSchemas[kind].extend({
    id: z.uuid(),
    deletedAt: z.iso.datetime().nullable(),
    deletedBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  });
}

function pageSchema(kind: CatalogKindKey) {
  return z.object({ items: z.array(catalogRowSchema(kind)), pageInfo: z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number().int() }) });
}

const listQuery = z.object({
  limit: z.string().optional().meta({ description: '1-100, default 25' }),
  cursor: z.string().optional(),
  sort: z.string().optional().meta({ description: 'name, -name, createdAt or -createdAt' }),
  q: z.string().optional().meta({ description: 'search by name (and code / ISO code where the kind has one)' }),
  status: z.string().optional().meta({ description: 'POPs and DID providers: filter by status' }),
});

const params = pathParams('id');

export function catalogCollection<K extends CatalogKindKey>(kind: K) {
  const n = names[kind];
  return {
    GET: route(
      { key: `v1.catalog.${keyOf(kind)}.list`, permission: 'catalog.read', portal: 'admin', query: listQuery, response: pageSchema(kind), operation: { id: `list${n.ops}`, summary: `List ${n.many}`, tag: TAG } },
      async ({ req, ctx }) => NextResponse.json(await listCatalogItems({ ctx, input: { kind, query: req.nextUrl.searchParams } })),
    ),
    POST: route(
      { key: `v1.catalog.${keyOf(kind)}.create`, permission: 'catalog.write', portal: 'admin', body: catalogSchemas[kind], response: catalogRowSchema(kind), operation: { id: `create${n.op}`, summary: `Create a ${n.one}`, tag: TAG } },
      async ({ ctx, body }) => NextResponse.json(await createCatalogItem({ ctx, input: { kind, values: body as never } }), { status: 201 }),
    ),
  };
}

export function catalogItem<K extends CatalogKindKey>(kind: K) {
  const n = names[kind];
  return {
    GET: route(
      { key: `v1.catalog.${keyOf(kind)}.get`, permission: 'catalog.read', portal: 'admin', params, response: catalogRowSchema(kind), operation: { id: `get${n.op}`, summary: `Get a ${n.one}`, tag: TAG } },
      async ({ ctx, params }) => NextResponse.json(await getCatalogItem({ ctx, input: { kind, id: params.id } })),
    ),
    PATCH: route(
      {
        key: `v1.catalog.${keyOf(kind)}.update`,
        permission: 'catalog.write',
        portal: 'admin',
        params,
        body: catalogUpdateSchemas[kind] as z.ZodType,
        response: catalogRowSchema(kind),
        operation: { id: `update${n.op}`, summary: `Change a ${n.one} (any subset of its fields)`, tag: TAG },
      },
      async ({ ctx, params, body }) => NextResponse.json(await updateCatalogItem({ ctx, input: { kind, id: params.id, changes: body as never } })),
    ),
    DELETE: route(
      {
        key: `v1.catalog.${keyOf(kind)}.delete`,
        permission: 'catalog.write',
        portal: 'admin',
        params,
        response: catalogRowSchema(kind),
        operation: { id: `delete${n.op}`, summary: `Move a ${n.one} to the Trash (soft delete; restorable until the retention passes)`, tag: TAG },
      },
      async ({ ctx, params }) => NextResponse.json(await deleteCatalogItem({ ctx, input: { kind, id: params.id } })),
    ),
  };
}

export function catalogRestore<K extends CatalogKindKey>(kind: K) {
  const n = names[kind];
  return {
    POST: route(
      { key: `v1.catalog.${keyOf(kind)}.restore`, permission: 'catalog.write', portal: 'admin', params, response: catalogRowSchema(kind), operation: { id: `restore${n.op}`, summary: `Restore a ${n.one} from the Trash`, tag: TAG } },
      async ({ ctx, params }) => NextResponse.json(await restoreCatalogItem({ ctx, input: { kind, id: params.id } })),
    ),
  };
}

export function catalogAssignments<K extends CatalogKindKey>(kind: K) {
  const n = names[kind];
  return {
    GET: route(
      {
        key: `v1.catalog.${keyOf(kind)}.assignments`,
        permission: 'catalog.read',
        portal: 'admin',
        params,
        response: z.object({ items: z.array(z.object({ id: z.uuid(), level: z.string(), targetId: z.uuid().nullable(), targetName: z.string(), value: z.unknown() }).loose()) }),
        operation: { id: `list${n.op}Assignments`, summary: `Where a ${n.one} is assigned (all, categories, groups, customers)`, tag: TAG },
      },
      async ({ ctx, params }) => NextResponse.json(await listCatalogItemAssignments({ ctx, input: { kind, id: params.id } })),
    ),
  };
}

export function catalogTrash<K extends CatalogKindKey>(kind: K) {
  const n = names[kind];
  return {
    GET: route(
      { key: `v1.catalog.${keyOf(kind)}.trash`, permission: 'catalog.read', portal: 'admin', query: listQuery, response: pageSchema(kind), operation: { id: `list${n.ops}InTrash`, summary: `List the ${n.many} in the Trash`, tag: TAG } },
      async ({ req, ctx }) => NextResponse.json(await listCatalogTrash({ ctx, input: { kind, query: req.nextUrl.searchParams } })),
    ),
  };
}

export const catalogSettingsRoutes = {
  GET: route(
    { key: 'v1.catalog.settings.get', permission: 'catalog.read', portal: 'admin', response: trashRetentionSchema, operation: { id: 'getCatalogSettings', summary: 'Read the catalogue settings (Trash retention in days)', tag: TAG } },
    async ({ ctx }) => NextResponse.json(await getCatalogSettings({ ctx })),
  ),
  PATCH: route(
    { key: 'v1.catalog.settings.update', permission: 'catalog.write', portal: 'admin', body: trashRetentionSchema, response: trashRetentionSchema, operation: { id: 'updateCatalogSettings', summary: 'Set the Trash retention in days', tag: TAG } },
    async ({ ctx, body }) => NextResponse.json(await updateCatalogSettings({ ctx, input: body })),
  ),
};
