import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { tenantDomains } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { clearHostCache } from '../host-lookup';
import { parseInput } from '@/lib/validation';

export async function removeTenantDomain({ ctx, input }: { ctx: Ctx; input: { tenantId: string; domainId: string } }) {
  assertPermission(ctx, 'tenants.write');
  const { tenantId, domainId } = parseInput(z.object({ tenantId: z.uuid(), domainId: z.uuid() }), input);
  await platformTx(ctx, async (tx) => {
    const [before] = await tx
      .delete(tenantDomains)
      .where(and(eq(tenantDomains.id, domainId), eq(tenantDomains.tenantId, tenantId)))
      .returning();
    if (!before) throw new NotFoundError('Domain not found');
    await recordAudit(tx, ctx, { entity: 'tenant_domain', entityId: domainId, action: 'delete', before, tenantId });
  });
  clearHostCache();
}
