import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { lookupRate, rateLookupQuery, rateLookupResponse } from '@/lib/rates';

const params = pathParams('id');

export const GET = route(
  { key: 'v1.rate_plans.rate', permission: 'rates.read', portal: 'admin', params, query: rateLookupQuery, response: rateLookupResponse, operation: { id: 'lookupRate', summary: 'The rate of a number at an instant: longest prefix of the published version effective then', tag: 'Rates' } },
  async ({ req, ctx, params }) => {
    const q = req.nextUrl.searchParams;
    return NextResponse.json(await lookupRate({ ctx, input: { planId: params.id, number: q.get('number') ?? '', ...(q.get('at') ? { at: q.get('at')! } : {}) } as never }));
  },
);
