import { assertPermission, type Ctx } from '@/lib/context';
import { webhookEventTypes, webhookEventTypeNames } from '../event-types';

/** The event types an endpoint can subscribe to (the registry), in registry order. */
export function listWebhookEventTypes({ ctx }: { ctx: Ctx }): { items: { type: string; description: string }[] } {
  assertPermission(ctx, 'webhooks.read');
  return { items: webhookEventTypeNames.map((type) => ({ type, description: webhookEventTypes[type].description })) };
}
