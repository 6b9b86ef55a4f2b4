import { NextResponse } from 'next/server';
import { z } from 'zod';
import { route } from '@/lib/http/route';
import { createWebhookEndpoint, createWebhookEndpointSchema } from '@/lib/webhooks/services/create-webhook-endpoint';
import { listWebhookEndpoints } from '@/lib/webhooks/services/list-webhook-endpoints';
import { webhookEndpointPageSchema, webhookEndpointWithSecretSchema } from '@/lib/webhooks/views';

const listQuery = z.object({
  limit: z.string().optional().meta({ description: 'Page size (default 25, at most 100).' }),
  cursor: z.string().optional().meta({ description: 'The opaque nextCursor or prevCursor of the previous page.' }),
  sort: z.enum(['createdAt', '-createdAt', 'url', '-url']).optional(),
  q: z.string().optional().meta({ description: 'Text the URL or description contains.' }),
  enabled: z.enum(['true', 'false']).optional(),
});

export const GET = route(
  {
    key: 'v1.webhook_endpoints.list',
    permission: 'webhooks.read',
    portal: 'customer',
    query: listQuery,
    response: webhookEndpointPageSchema,
    operation: { id: 'listWebhookEndpoints', summary: 'List webhook endpoints', tag: 'Webhooks' },
  },
  async ({ req, ctx }) => NextResponse.json(await listWebhookEndpoints({ ctx, input: req.nextUrl.searchParams })),
);

export const POST = route(
  {
    key: 'v1.webhook_endpoints.create',
    permission: 'webhooks.write',
    portal: 'customer',
    body: createWebhookEndpointSchema,
    response: webhookEndpointWithSecretSchema,
    operation: { id: 'createWebhookEndpoint', summary: 'Register a webhook endpoint (the signing secret is in this response only)', tag: 'Webhooks' },
  },
  // The signing secret appears in this response only: never cache it.
  async ({ ctx, body }) => NextResponse.json(await createWebhookEndpoint({ ctx, input: body }), { status: 201, headers: { 'cache-control': 'no-store' } }),
);
