import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { tenantDomains, tenants } from '@/db/schema';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';

export async function getTenant({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  assertPermission(ctx, 'tenants.read');
  const { id } = parseInput(z.object({ id: z.uuid() }), input);
  return platformTx(ctx, async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, id));
    if (!tenant) throw new NotFoundError('Tenant not found');
    const domains = await tx.select().from(tenantDomains).where(eq(tenantDomains.tenantId, id)).orderBy(asc(tenantDomains.createdAt));
    return { ...tenant, domains };
  });
}
