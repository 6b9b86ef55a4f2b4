import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { authAccounts, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { tenantTx, type Ctx } from '@/lib/context';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { getTenantRef } from '@/lib/tenancy';
import { assertCanManage, userScope, visibleTo } from '../access';
import { tenantAuthTarget } from '../hosts';
import { createInvitationToken, deliverInvitation } from '../invitations';

/** A new set-password link for an invited user who has not chosen a password yet. */
export async function resendInvitation({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<{ invitationSent: boolean }> {
  const scope = userScope(ctx, 'users.write');
  const { id } = parseInput(z.object({ id: z.uuid() }), input);
  // The user's tenant decides the transaction's scope; find it within the caller's scope first.
  const tenantId = await scope.run(async (tx) => {
    const [row] = await tx.select({ tenantId: users.tenantId, role: users.role }).from(users).where(eq(users.id, id));
    if (!row || !visibleTo(scope, row)) throw new NotFoundError('User not found');
    return row.tenantId;
  });
  const prepared = await tenantTx(ctx, tenantId, async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, id)).for('update');
    if (!user) throw new NotFoundError('User not found');
    assertCanManage(ctx, scope, user);
    if (user.status !== 'active') throw new ConflictError('This user is disabled: enable them first');
    const [credential] = await tx
      .select({ id: authAccounts.id })
      .from(authAccounts)
      .where(and(eq(authAccounts.tenantId, tenantId), eq(authAccounts.userId, id), eq(authAccounts.providerId, 'credential')));
    if (credential) throw new ConflictError('This user has already set a password; they can use "Forgot password" instead');
    const target = await tenantAuthTarget(ctx, await getTenantRef(ctx, tenantId));
    const token = await createInvitationToken(target, id);
    await recordAudit(tx, ctx, { entity: 'user', entityId: id, action: 'invite.resent', tenantId });
    return { user, target, token };
  });
  return { invitationSent: await deliverInvitation(prepared.target, prepared.user, prepared.token) };
}
