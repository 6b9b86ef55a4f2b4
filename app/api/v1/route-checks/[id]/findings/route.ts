import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { listRouteFindings, routeFindingListQuery, routeFindingPageResponse } from '@/lib/routing';

export const GET = route(
  {
    key: 'v1.route_checks.findings.list',
    permission: 'class4.read',
    portal: 'admin',
    params: pathParams('id'),
    query: routeFindingListQuery,
    response: routeFindingPageResponse,
    operation: { id: 'listRouteFindings', summary: 'Findings of a route table check by prefix (no route, negative margin, single supplier), keyset pages', tag: 'Routing' },
  },
  async ({ req, ctx, params }) => NextResponse.json(await listRouteFindings({ ctx, input: { checkId: params.id, query: req.nextUrl.searchParams } })),
);
