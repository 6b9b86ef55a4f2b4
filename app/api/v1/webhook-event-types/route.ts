import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { listWebhookEventTypes } from '@/lib/webhooks/services/list-webhook-event-types';
import { webhookEventTypeListSchema } from '@/lib/webhooks/views';

export const GET = route(
  { key: 'v1.webhook_event_types.list', permission: 'webhooks.read', portal: 'customer', response: webhookEventTypeListSchema, operation: { id: 'listWebhookEventTypes', summary: 'List the event types an endpoint can subscribe to', tag: 'Webhooks' } },
  async ({ ctx }) => NextResponse.json(listWebhookEventTypes({ ctx })),
);
