import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users, type UserRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { endImpersonationGrantsOf, revokeAllSessions } from '@/lib/auth';
import type { Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { getTenantRef } from '@/lib/tenancy';
import { assertCanManage, assertNotSelf, assertSuperAdminRemains, loadUser, userScope } from '../access';

/**
 * Disables a user: they cannot sign in, every request with any of their sessions is a 401 from
 * this moment (status is read on every request), their session keys are deleted, and any
 * impersonation of or by them ends. Disabling a disabled user changes nothing.
 */
export async function disableUser({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<UserRow> {
  const scope = userScope(ctx, 'users.write');
  const { id } = parseInput(z.object({ id: z.uuid() }), input);
  assertNotSelf(ctx, id, 'disable');
  const { user, tenant } = await scope.run(async (tx) => {
    const before = await loadUser(tx, scope, id, true);
    assertCanManage(ctx, scope, before);
    const tenant = await getTenantRef(ctx, before.tenantId);
    if (before.status === 'disabled') return { user: before, tenant };
    if (before.role === 'super_admin') await assertSuperAdminRemains(tx, id);
    const [after] = await tx.update(users).set({ status: 'disabled' }).where(eq(users.id, id)).returning();
    const endedImpersonations = await endImpersonationGrantsOf(ctx, id, 'user_disabled');
    await recordAudit(tx, ctx, {
      entity: 'user',
      entityId: id,
      action: 'status.disabled',
      before: { status: before.status },
      after: { status: 'disabled', endedImpersonations },
      tenantId: before.tenantId,
    });
    return { user: after!, tenant };
  });
  // After the commit: the status alone already refuses every request; this removes the sessions themselves.
  await revokeAllSessions(tenant, id);
  return user;
}
