import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { createInterconnect, createInterconnectSchema, listInterconnects, interconnectPageResponse, interconnectListQuery, interconnectResponse } from '@/lib/class4';

const tag = 'Class 4';

export const GET = route(
  {
    key: 'v1.interconnects.list',
    permission: 'class4.read',
    query: interconnectListQuery,
    response: interconnectPageResponse,
    operation: { id: 'listInterconnects', summary: 'List interconnects (keyset pages; filter by carrier). A carrier user sees its own carrier’s only.', tag },
  },
  async ({ req, ctx }) => NextResponse.json(await listInterconnects({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route(
  { key: 'v1.interconnects.create', permission: 'class4.write', portal: 'admin', body: createInterconnectSchema, response: interconnectResponse, operation: { id: 'createInterconnect', summary: 'Create an interconnect (refused with the rule and the conflicting record when a Class 4 rule is broken)', tag } },
  async ({ ctx, body }) => NextResponse.json(await createInterconnect({ ctx, input: body }), { status: 201 }),
);
