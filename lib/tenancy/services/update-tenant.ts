import { eq } from 'drizzle-orm';
import { tenants } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { updateTenantSchema, type UpdateTenantInput } from '../schemas';
import { parseInput } from '@/lib/validation';
import { revalidateBranding } from '../branding-cache';

/** Changes a tenant's name and branding; the slug is permanent because hosts and links depend on it. */
export async function updateTenant({ ctx, input }: { ctx: Ctx; input: UpdateTenantInput }) {
  assertPermission(ctx, 'tenants.write');
  const { id, ...changes } = parseInput(updateTenantSchema, input);
  const updated = await platformTx(ctx, async (tx) => {
    const [before] = await tx.select().from(tenants).where(eq(tenants.id, id)).for('update');
    if (!before) throw new NotFoundError('Tenant not found');
    const [after] = await tx.update(tenants).set(changes).where(eq(tenants.id, id)).returning();
    await recordAudit(tx, ctx, { entity: 'tenant', entityId: id, action: 'update', before, after, tenantId: id });
    return after!;
  });
  // After the commit: the prerendered sign-in page (and auth frame) render again with the new branding.
  revalidateBranding(updated.slug);
  return updated;
}
