import { NextResponse } from 'next/server';
import { pathParams, route } from '@/lib/http/route';
import { sendTestWebhook } from '@/lib/webhooks/services/send-test-webhook';
import { webhookTestResultSchema } from '@/lib/webhooks/views';

export const POST = route(
  {
    key: 'v1.webhook_endpoints.test',
    permission: 'webhooks.write',
    portal: 'customer',
    params: pathParams('id'),
    response: webhookTestResultSchema,
    operation: { id: 'sendTestWebhook', summary: 'Send a webhook.test event to the endpoint', tag: 'Webhooks' },
  },
  async ({ ctx, params }) => NextResponse.json(await sendTestWebhook({ ctx, input: { id: params.id } }), { status: 202 }),
);
