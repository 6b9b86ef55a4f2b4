import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { getApiKey } from '@/lib/api-keys/services/get-api-key';
import { revokeApiKey } from '@/lib/api-keys/services/revoke-api-key';

const params = pathParams('id');

export const GET = route({ key: 'v1.keys.get', permission: 'api_keys.read', portal: 'customer', params }, async ({ ctx, params }) =>
  NextResponse.json(await getApiKey({ ctx, input: { id: params.id } })),
);

// Revokes (the row stays as history); the key answers 401 from the next request on.
export const DELETE = route({ key: 'v1.keys.revoke', permission: 'api_keys.write', portal: 'customer', params }, async ({ ctx, params }) =>
  NextResponse.json(await revokeApiKey({ ctx, input: { id: params.id } })),
);
