import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { listRouteEntries, routeEntryListQuery, routeEntryPageResponse, upsertedEntriesResponse, upsertEntriesSchema, upsertRouteEntries } from '@/lib/routing';

const params = pathParams('id');
const tag = 'Routing';

export const GET = route(
  { key: 'v1.routing_plans.entries.list', permission: 'class4.read', portal: 'admin', params, query: routeEntryListQuery, response: routeEntryPageResponse, operation: { id: 'listRouteEntries', summary: 'Entries of a routing plan by prefix (prefix search, keyset pages, max 100) with their suppliers', tag } },
  async ({ req, ctx, params }) => NextResponse.json(await listRouteEntries({ ctx, input: { planId: params.id, query: req.nextUrl.searchParams } })),
);

export const PUT = route(
  {
    key: 'v1.routing_plans.entries.upsert',
    permission: 'class4.write',
    portal: 'admin',
    params,
    body: upsertEntriesSchema,
    bodyFromPath: ({ id }) => ({ planId: id }),
    response: upsertedEntriesResponse,
    operation: { id: 'upsertRouteEntries', summary: 'Write up to 1000 entries by prefix (method, route group or own suppliers); an existing prefix is replaced', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await upsertRouteEntries({ ctx, input: body })),
);
