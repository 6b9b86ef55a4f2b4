import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { carrierListQuery, carrierPageResponse, carrierResponse, createCarrier, createCarrierSchema, listCarriers } from '@/lib/class4';

const tag = 'Class 4';

export const GET = route(
  {
    key: 'v1.carriers.list',
    permission: 'class4.read',
    query: carrierListQuery,
    response: carrierPageResponse,
    operation: { id: 'listCarriers', summary: 'List carriers (keyset pages; search by name or code). A carrier user sees its own carrier only.', tag },
  },
  async ({ req, ctx }) => NextResponse.json(await listCarriers({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route(
  { key: 'v1.carriers.create', permission: 'class4.write', portal: 'admin', body: createCarrierSchema, response: carrierResponse, operation: { id: 'createCarrier', summary: 'Create a carrier (customer, supplier or bilateral) with its contacts', tag } },
  async ({ ctx, body }) => NextResponse.json(await createCarrier({ ctx, input: body }), { status: 201 }),
);
