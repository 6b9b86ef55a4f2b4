import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { apiKeySchema } from '@/lib/api-keys/api-schemas';
import { getApiKey } from '@/lib/api-keys/services/get-api-key';
import { revokeApiKey } from '@/lib/api-keys/services/revoke-api-key';

const params = pathParams('id');

export const GET = route(
  {
    key: 'v1.keys.get',
    permission: 'api_keys.read',
    portal: 'customer',
    params,
    response: apiKeySchema,
    operation: { id: 'getApiKey', summary: 'Get an API key', tag: 'API keys' },
  },
  async ({ ctx, params }) => NextResponse.json(await getApiKey({ ctx, input: { id: params.id } })),
);

// Revokes (the row stays as history); the key answers 401 from the next request on.
export const DELETE = route(
  {
    key: 'v1.keys.revoke',
    permission: 'api_keys.write',
    portal: 'customer',
    params,
    response: apiKeySchema,
    operation: { id: 'revokeApiKey', summary: 'Revoke an API key', tag: 'API keys', description: 'Takes effect at once: the next request with the key is a 401. The key stays listed, as revoked. Revoking a revoked key changes nothing.' },
  },
  async ({ ctx, params }) => NextResponse.json(await revokeApiKey({ ctx, input: { id: params.id } })),
);
