import { NextResponse } from 'next/server';
import { z } from 'zod';
import { pathParams, route } from '@/lib/http/route';
import { replayWebhookDelivery } from '@/lib/webhooks/services/replay-webhook-delivery';

export const POST = route(
  {
    key: 'v1.webhook_endpoints.deliveries.replay',
    permission: 'webhooks.write',
    portal: 'customer',
    params: pathParams('id', 'deliveryId'),
    response: z.object({ deliveryId: z.uuid() }),
    operation: { id: 'replayWebhookDelivery', summary: "Send a logged delivery's event again, as a new delivery", tag: 'Webhooks' },
  },
  async ({ ctx, params }) => NextResponse.json(await replayWebhookDelivery({ ctx, input: { endpointId: params.id, deliveryId: params.deliveryId } }), { status: 202 }),
);
