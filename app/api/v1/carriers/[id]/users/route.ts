import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { linkCarrierUsers, linkCarrierUsersSchema, linkedUsersResponse } from '@/lib/class4';

const params = pathParams('id');
const tag = 'Class 4';

export const PUT = route(
  {
    key: 'v1.carriers.users.link',
    permission: 'class4.write',
    portal: 'admin',
    params,
    body: linkCarrierUsersSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: linkedUsersResponse,
    operation: { id: 'linkCarrierUsers', summary: 'Set the carrier users (role carrier_user) who act for this carrier', tag },
  },
  async ({ ctx, body }) => NextResponse.json(await linkCarrierUsers({ ctx, input: body })),
);
