import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users, type UserRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { assertCanManage, assertNotSelf, loadUser, userScope } from '../access';

/** Re-enables a disabled user: they can sign in again (their old sessions stay ended). */
export async function enableUser({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<UserRow> {
  const scope = userScope(ctx, 'users.write');
  const { id } = parseInput(z.object({ id: z.uuid() }), input);
  assertNotSelf(ctx, id, 'enable');
  return scope.run(async (tx) => {
    const before = await loadUser(tx, scope, id, true);
    assertCanManage(ctx, scope, before);
    if (before.status === 'active') return before;
    const [after] = await tx.update(users).set({ status: 'active' }).where(eq(users.id, id)).returning();
    await recordAudit(tx, ctx, { entity: 'user', entityId: id, action: 'status.active', before: { status: before.status }, after: { status: 'active' }, tenantId: before.tenantId });
    return after!;
  });
}
