import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { withPlatform } from '@/db/client';
import { tenantDomains, tenants } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, type Ctx } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { domainSchema } from '../schemas';
import { parseInput, type InputOf } from '@/lib/validation';

/** Adds a custom domain in `pending`; it serves nothing until verified. */
export const addTenantDomainSchema = z.object({ tenantId: z.uuid(), domain: domainSchema });

export async function addTenantDomain({ ctx, input }: { ctx: Ctx; input: InputOf<typeof addTenantDomainSchema> }) {
  assertPermission(ctx, 'tenants.write');
  const { tenantId, domain } = parseInput(addTenantDomainSchema, input);
  return withPlatform(async (tx) => {
    const [tenant] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.id, tenantId));
    if (!tenant) throw new NotFoundError('Tenant not found');
    const [taken] = await tx.select({ id: tenantDomains.id }).from(tenantDomains).where(eq(tenantDomains.domain, domain));
    if (taken) throw new ValidationError([{ path: 'domain', message: `${domain} is already registered` }]);
    const [row] = await tx
      .insert(tenantDomains)
      .values({ tenantId, domain, verificationToken: `didtron-verify=${randomBytes(16).toString('hex')}` })
      .returning();
    await recordAudit(tx, ctx, { entity: 'tenant_domain', entityId: row!.id, action: 'create', after: row, tenantId });
    return row!;
  });
}
