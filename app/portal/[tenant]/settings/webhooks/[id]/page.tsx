import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WebhookEndpointDetail } from '@/components/webhooks/endpoint-detail';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';
import { getWebhookEndpoint } from '@/lib/webhooks/services/get-webhook-endpoint';

export const metadata: Metadata = { title: 'Webhook endpoint' };

export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('webhooks.read');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  // Another tenant's or another user's endpoint is a 404 from the server, like one that does not exist.
  await loadOrNotFound(() => getWebhookEndpoint({ ctx, input: { id } }));
  return <WebhookEndpointDetail id={id} canWrite={can(ctx.actor.role, 'webhooks.write')} />;
}
