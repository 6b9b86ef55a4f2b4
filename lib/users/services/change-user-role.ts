import { eq } from 'drizzle-orm';
import { users, type UserRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Role } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { getTenantRef } from '@/lib/tenancy';
import { assertCanAssign, assertCanManage, assertNotSelf, assertSuperAdminRemains, loadUser, userScope } from '../access';
import { changeRoleSchema } from '../schemas';

/**
 * Gives a user another role. Takes effect on their next request (roles are read fresh, never from
 * the session). Nobody changes their own role, and the last active super admin keeps theirs.
 */
export async function changeUserRole({ ctx, input }: { ctx: Ctx; input: { id: string; role: Role } }): Promise<UserRow> {
  const scope = userScope(ctx, 'users.write');
  const { id, role } = parseInput(changeRoleSchema, input);
  assertNotSelf(ctx, id, 'change the role of');
  return scope.run(async (tx) => {
    const before = await loadUser(tx, scope, id, true);
    assertCanManage(ctx, scope, before);
    assertCanAssign(ctx, scope, role, await getTenantRef(ctx, before.tenantId));
    if (before.role === role) return before;
    if (before.role === 'super_admin') await assertSuperAdminRemains(tx, id);
    const [after] = await tx.update(users).set({ role }).where(eq(users.id, id)).returning();
    await recordAudit(tx, ctx, { entity: 'user', entityId: id, action: 'role.changed', before: { role: before.role }, after: { role }, tenantId: before.tenantId });
    return after!;
  });
}
