import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { deleteWebhookEndpoint } from '@/lib/webhooks/services/delete-webhook-endpoint';
import { getWebhookEndpoint } from '@/lib/webhooks/services/get-webhook-endpoint';
import { updateWebhookEndpoint, updateWebhookEndpointSchema } from '@/lib/webhooks/services/update-webhook-endpoint';
import { webhookEndpointSchema } from '@/lib/webhooks/views';

const params = pathParams('id');

export const GET = route(
  { key: 'v1.webhook_endpoints.get', permission: 'webhooks.read', portal: 'customer', params, response: webhookEndpointSchema, operation: { id: 'getWebhookEndpoint', summary: 'Get a webhook endpoint', tag: 'Webhooks' } },
  async ({ ctx, params }) => NextResponse.json(await getWebhookEndpoint({ ctx, input: { id: params.id } })),
);

export const PATCH = route(
  {
    key: 'v1.webhook_endpoints.update',
    permission: 'webhooks.write',
    portal: 'customer',
    params,
    body: updateWebhookEndpointSchema,
    bodyFromPath: ({ id }) => ({ id }),
    response: webhookEndpointSchema,
    operation: { id: 'updateWebhookEndpoint', summary: 'Change, enable or disable a webhook endpoint', tag: 'Webhooks' },
  },
  async ({ ctx, body }) => NextResponse.json(await updateWebhookEndpoint({ ctx, input: body })),
);

export const DELETE = route(
  { key: 'v1.webhook_endpoints.delete', permission: 'webhooks.write', portal: 'customer', params, response: webhookEndpointSchema, operation: { id: 'deleteWebhookEndpoint', summary: 'Delete a webhook endpoint and its delivery log', tag: 'Webhooks' } },
  async ({ ctx, params }) => NextResponse.json(await deleteWebhookEndpoint({ ctx, input: { id: params.id } })),
);
