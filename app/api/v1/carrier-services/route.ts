import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { createService, createServiceSchema, listServices, servicePageResponse, serviceListQuery, serviceResponse } from '@/lib/class4';

const tag = 'Class 4';

export const GET = route(
  {
    key: 'v1.carrier_services.list',
    permission: 'class4.read',
    query: serviceListQuery,
    response: servicePageResponse,
    operation: { id: 'listCarrierServices', summary: 'List services (keyset pages; filter by carrier). A carrier user sees its own carrier’s only.', tag },
  },
  async ({ req, ctx }) => NextResponse.json(await listServices({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route(
  { key: 'v1.carrier_services.create', permission: 'class4.write', portal: 'admin', body: createServiceSchema, response: serviceResponse, operation: { id: 'createCarrierService', summary: 'Create a service (refused with the rule and the conflicting record when a Class 4 rule is broken)', tag } },
  async ({ ctx, body }) => NextResponse.json(await createService({ ctx, input: body }), { status: 201 }),
);
