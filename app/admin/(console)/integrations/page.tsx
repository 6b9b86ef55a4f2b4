import type { Metadata } from 'next';
import { IntegrationsPanel } from '@/components/monitoring/integrations-panel';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Integrations' };

export default async function IntegrationsPage() {
  const ctx = await requirePageCtx('integrations.read');
  return <IntegrationsPanel canTest={can(ctx.actor.role, 'integrations.write')} />;
}
