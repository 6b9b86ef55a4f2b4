import type { Metadata } from 'next';
import { SystemStatusView } from '@/components/monitoring/system-status';
import { can } from '@/lib/auth/permissions';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'System Status' };

export default async function SystemStatusPage() {
  const ctx = await requirePageCtx('system.read');
  return <SystemStatusView canWrite={can(ctx.actor.role, 'system.write')} />;
}
