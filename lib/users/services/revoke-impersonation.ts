import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { impersonationGrants } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';

/** A super admin ends a live impersonation from the admin console (any impersonator's). */
export async function revokeImpersonation({ ctx, input }: { ctx: Ctx; input: { userId: string; grantId: string } }): Promise<void> {
  assertPermission(ctx, 'users.impersonate');
  const { userId, grantId } = parseInput(z.object({ userId: z.uuid(), grantId: z.uuid() }), input);
  await platformTx(ctx, async (tx) => {
    const [ended] = await tx
      .update(impersonationGrants)
      .set({ endedAt: sql`now()`, endReason: 'revoked', sessionHash: null, tokenHash: null })
      .where(and(eq(impersonationGrants.id, grantId), eq(impersonationGrants.targetUserId, userId), isNull(impersonationGrants.endedAt)))
      .returning();
    if (!ended) throw new NotFoundError('No live impersonation with this id');
    await recordAudit(tx, ctx, { entity: 'user', entityId: ended.targetUserId, action: 'impersonation.revoked', after: { grantId, impersonatorId: ended.impersonatorId }, tenantId: ended.tenantId });
  });
}
