import { randomUUID } from 'node:crypto';
import type { Role } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import { lookupSlug } from '@/lib/tenancy/host-lookup';

/** A service context for tests: an actor of the given role on the given tenant (root by default). */
export async function testCtx(role: Role = 'super_admin', tenantSlug = 'didtron'): Promise<Ctx> {
  const tenant = await lookupSlug(tenantSlug);
  if (!tenant) throw new Error(`no tenant ${tenantSlug}`);
  return {
    actor: { userId: randomUUID(), email: `${role}@test.localhost`, name: `Test ${role}`, role, tenantId: tenant.tenantId },
    tenant: { id: tenant.tenantId, slug: tenant.slug },
    requestId: `test-${randomUUID()}`,
  };
}

export function uniqueSlug(prefix = 't'): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}
