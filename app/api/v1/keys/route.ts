import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { apiKeySchema, createdApiKeySchema } from '@/lib/api-keys/api-schemas';
import { createApiKey, createApiKeySchema } from '@/lib/api-keys/services/create-api-key';
import { apiKeyListSpec, listApiKeys } from '@/lib/api-keys/services/list-api-keys';
import { pageSchema } from '@/lib/openapi/conventions';
import { listQuerySchema } from '@/lib/pagination';

// Key management is for the signed-in customer on the customer portal host (a key cannot manage keys).
export const GET = route(
  {
    key: 'v1.keys.list',
    permission: 'api_keys.read',
    portal: 'customer',
    query: listQuerySchema(apiKeyListSpec),
    response: pageSchema(apiKeySchema).meta({ id: 'ApiKeyPage' }),
    operation: { id: 'listApiKeys', summary: 'List API keys', tag: 'API keys', description: 'Your keys (every key of the brand for a tenant admin), newest first. Signed-in users only: a key cannot list keys.' },
  },
  // parseListQuery (in the service) validates the query; the schema above describes it.
  async ({ req, ctx }) => NextResponse.json(await listApiKeys({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route(
  {
    key: 'v1.keys.create',
    permission: 'api_keys.write',
    portal: 'customer',
    body: createApiKeySchema,
    // An idempotent replay shows the key's record without the secret, which is never stored (shown once).
    replayOmits: ['key'],
    response: createdApiKeySchema,
    operation: { id: 'createApiKey', summary: 'Create an API key', tag: 'API keys', status: 201, description: 'The full key is in this response only. Scopes must be permissions your role has. Signed-in users only: a key cannot mint keys.' },
  },
  async ({ ctx, body }) =>
    // The full key appears in this response only: never cache it.
    NextResponse.json(await createApiKey({ ctx, input: body }), { status: 201, headers: { 'cache-control': 'no-store' } }),
);
