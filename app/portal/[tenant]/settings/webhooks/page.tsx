import type { Metadata } from 'next';
import { WebhookEndpointsTable } from '@/components/webhooks/endpoints-table';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';
import { listWebhookEventTypes } from '@/lib/webhooks/services/list-webhook-event-types';

export const metadata: Metadata = { title: 'Webhooks' };

/** The account's outgoing webhook endpoints (customer portal, Developers). */
export default async function WebhooksPage() {
  const ctx = await requirePageCtx('webhooks.read');
  return <WebhookEndpointsTable canWrite={can(ctx.actor.role, 'webhooks.write')} eventTypes={listWebhookEventTypes({ ctx }).items} />;
}
