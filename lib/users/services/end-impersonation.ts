import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { impersonationGrants } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { tenantTx, type Ctx } from '@/lib/context';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';

/**
 * Ends the impersonation this context runs under (the banner's button). The audit event carries
 * both identities, as every action taken while impersonating does.
 */
export async function endImpersonation({ ctx, input }: { ctx: Ctx; input: { grantId: string } }): Promise<void> {
  const impersonatorId = ctx.actor.impersonatorId;
  if (!impersonatorId) throw new ForbiddenError('You are not impersonating anyone');
  const { grantId } = parseInput(z.object({ grantId: z.uuid() }), input);
  await tenantTx(ctx, ctx.tenant.id, async (tx) => {
    const [ended] = await tx
      .update(impersonationGrants)
      .set({ endedAt: sql`now()`, endReason: 'ended', sessionHash: null, tokenHash: null })
      .where(
        and(
          eq(impersonationGrants.id, grantId),
          eq(impersonationGrants.impersonatorId, impersonatorId),
          eq(impersonationGrants.targetUserId, ctx.actor.userId),
          isNull(impersonationGrants.endedAt),
        ),
      )
      .returning({ id: impersonationGrants.id });
    if (!ended) throw new NotFoundError('This impersonation has already ended');
    await recordAudit(tx, ctx, { entity: 'user', entityId: ctx.actor.userId, action: 'impersonation.ended', after: { grantId }, tenantId: ctx.tenant.id });
  });
}
