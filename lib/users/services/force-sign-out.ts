import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { endImpersonationGrantsOf, revokeAllSessions } from '@/lib/auth';
import type { Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { getTenantRef } from '@/lib/tenancy';
import { assertCanManage, assertNotSelf, loadUser, userScope } from '../access';

/**
 * Ends every session of a user at once (their next request is a 401) and every impersonation of
 * or by them. The account stays active: they can sign in again. Sessions are deleted inside the
 * transaction so that a failure leaves no audit event claiming it happened.
 */
export async function forceSignOut({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<{ endedImpersonations: number }> {
  const scope = userScope(ctx, 'users.write');
  const { id } = parseInput(z.object({ id: z.uuid() }), input);
  assertNotSelf(ctx, id, 'force the sign-out of');
  return scope.run(async (tx) => {
    const user = await loadUser(tx, scope, id);
    assertCanManage(ctx, scope, user);
    const endedImpersonations = await endImpersonationGrantsOf(ctx, id, 'signed_out');
    await recordAudit(tx, ctx, { entity: 'user', entityId: id, action: 'sessions.revoked', after: { endedImpersonations }, tenantId: user.tenantId });
    await revokeAllSessions(await getTenantRef(ctx, user.tenantId), id);
    return { endedImpersonations };
  });
}
