import { config } from '@/lib/config';
import { ROOT_TENANT_SLUG } from '@/lib/tenancy/resolve-host';
import { authFor } from './instances';

/**
 * Ends every session of a user at once (server-side: their Redis keys go, so the next request with
 * any of their cookies is a 401). Sessions belong to the tenant, not to a host, so any host of the
 * tenant's instance can do it.
 */
export async function revokeAllSessions(tenant: { id: string; slug: string }, userId: string): Promise<void> {
  const root = config().ROOT_DOMAIN;
  const auth = await authFor({
    tenantId: tenant.id,
    tenantSlug: tenant.slug,
    host: tenant.slug === ROOT_TENANT_SLUG ? `pbx.${root}` : `${tenant.slug}.${root}`,
    portal: tenant.slug === ROOT_TENANT_SLUG ? 'signup' : 'customer',
  });
  const context = await auth.$context;
  await context.internalAdapter.deleteUserSessions(userId);
}
