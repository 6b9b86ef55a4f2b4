import { NextResponse } from 'next/server';
import { z } from 'zod';
import { pathParams, route } from '@/lib/http/route';
import { listWebhookDeliveries } from '@/lib/webhooks/services/list-webhook-deliveries';
import { webhookDeliveryPageSchema } from '@/lib/webhooks/views';

export const GET = route(
  {
    key: 'v1.webhook_endpoints.deliveries',
    permission: 'webhooks.read',
    portal: 'customer',
    params: pathParams('id'),
    query: z.object({ limit: z.string().optional(), cursor: z.string().optional(), status: z.enum(['pending', 'succeeded', 'failed']).optional() }),
    response: webhookDeliveryPageSchema,
    operation: { id: 'listWebhookDeliveries', summary: "List an endpoint's deliveries with their attempt log", tag: 'Webhooks' },
  },
  async ({ req, ctx, params }) => NextResponse.json(await listWebhookDeliveries({ ctx, input: { endpointId: params.id, query: req.nextUrl.searchParams } })),
);
