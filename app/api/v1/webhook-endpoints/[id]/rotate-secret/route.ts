import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { rotateWebhookSecret } from '@/lib/webhooks/services/rotate-webhook-secret';
import { webhookEndpointWithSecretSchema } from '@/lib/webhooks/views';

export const POST = route(
  {
    key: 'v1.webhook_endpoints.rotate_secret',
    permission: 'webhooks.write',
    portal: 'customer',
    params: pathParams('id'),
    response: webhookEndpointWithSecretSchema,
    operation: { id: 'rotateWebhookSecret', summary: 'Replace the signing secret (the new one is in this response only)', tag: 'Webhooks' },
  },
  async ({ ctx, params }) => NextResponse.json(await rotateWebhookSecret({ ctx, input: { id: params.id } }), { headers: { 'cache-control': 'no-store' } }),
);
