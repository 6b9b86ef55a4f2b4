import { eq } from 'drizzle-orm';
import { tenants } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { createTenantSchema, type CreateTenantInput } from '../schemas';
import { parseInput } from '@/lib/validation';

export async function createTenant({ ctx, input }: { ctx: Ctx; input: CreateTenantInput }) {
  assertPermission(ctx, 'tenants.write');
  const data = parseInput(createTenantSchema, input);
  return platformTx(ctx, async (tx) => {
    const [taken] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, data.slug));
    if (taken) throw new ValidationError([{ path: 'slug', message: `"${data.slug}" is already used by another tenant` }]);
    const [tenant] = await tx.insert(tenants).values(data).returning();
    await recordAudit(tx, ctx, { entity: 'tenant', entityId: tenant!.id, action: 'create', after: tenant, tenantId: tenant!.id });
    return tenant!;
  });
}
