import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { createApiKey, createApiKeySchema } from '@/lib/api-keys/services/create-api-key';
import { listApiKeys } from '@/lib/api-keys/services/list-api-keys';

// Key management is for the signed-in customer on the customer portal host (a key cannot manage keys).
export const GET = route({ key: 'v1.keys.list', permission: 'api_keys.read', portal: 'customer' }, async ({ req, ctx }) =>
  NextResponse.json(await listApiKeys({ ctx, input: req.nextUrl.searchParams })),
);

// An idempotent replay shows the key's record without the secret, which is never stored (shown once).
export const POST = route({ key: 'v1.keys.create', permission: 'api_keys.write', portal: 'customer', body: createApiKeySchema, replayOmits: ['key'] }, async ({ ctx, body }) =>
  // The full key appears in this response only: never cache it.
  NextResponse.json(await createApiKey({ ctx, input: body }), { status: 201, headers: { 'cache-control': 'no-store' } }),
);
