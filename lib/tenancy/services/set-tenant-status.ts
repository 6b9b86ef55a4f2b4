import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { tenants, tenantStatuses } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { revalidateBranding } from '../branding-cache';
import { clearHostCache } from '../host-lookup';
import { parseInput, type InputOf } from '@/lib/validation';

/** Suspends or reactivates a reseller; a suspended tenant's hosts answer 404. */
export const setTenantStatusSchema = z.object({ id: z.uuid(), status: z.enum(tenantStatuses) });

export async function setTenantStatus({ ctx, input }: { ctx: Ctx; input: InputOf<typeof setTenantStatusSchema> }) {
  assertPermission(ctx, 'tenants.write');
  const { id, status } = parseInput(setTenantStatusSchema, input);
  const result = await platformTx(ctx, async (tx) => {
    const [before] = await tx.select().from(tenants).where(eq(tenants.id, id)).for('update');
    if (!before) throw new NotFoundError('Tenant not found');
    if (before.isRoot && status !== 'active') throw new ValidationError([{ path: 'status', message: 'the root brand cannot be suspended' }]);
    const [after] = await tx.update(tenants).set({ status }).where(eq(tenants.id, id)).returning();
    await recordAudit(tx, ctx, { entity: 'tenant', entityId: id, action: `status.${status}`, before, after, tenantId: id });
    return after!;
  });
  clearHostCache();
  // A suspended tenant's prerendered sign-in page must go too (it answers 404 from now on).
  revalidateBranding(result.slug);
  return result;
}
