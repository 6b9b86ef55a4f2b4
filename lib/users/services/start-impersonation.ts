import { and, eq, sql } from 'drizzle-orm';
import { impersonationGrants, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import {
  hashSecret,
  IMPERSONATABLE_ROLES,
  IMPERSONATION_LINK_TTL_SECONDS,
  IMPERSONATION_START_PATH,
  IMPERSONATION_TTL_SECONDS,
  newSecret,
} from '@/lib/auth/impersonation';
import { config } from '@/lib/config';
import { customerPortalHost } from '@/lib/tenancy/portal-url';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { getTenantRef } from '@/lib/tenancy';
import { startImpersonationSchema } from '../schemas';

export type ImpersonationStart = { grantId: string; url: string; expiresAt: Date; linkExpiresAt: Date };

/**
 * A super admin starts acting as a customer user. Creates a grant (30 minutes) in the target's
 * tenant and returns a one-time link (2 minutes) on the target's customer portal host, which
 * exchanges it for a host-only impersonation cookie. The link's token is returned once and only its
 * hash is stored. Audited with the reason given.
 */
export async function startImpersonation({ ctx, input }: { ctx: Ctx; input: { id: string; reason?: string } }): Promise<ImpersonationStart> {
  assertPermission(ctx, 'users.impersonate');
  if (ctx.actor.role !== 'super_admin') throw new ForbiddenError('Only a super admin can impersonate');
  if (ctx.actor.isDevelopmentActor || ctx.actor.impersonatorId) throw new ForbiddenError('Sign in with your own super admin account to impersonate');
  const { id, reason } = parseInput(startImpersonationSchema, input);
  const token = newSecret();
  return platformTx(ctx, async (tx) => {
    // The impersonator of record must be a real, active super admin account (not the sandbox actor).
    const [me] = await tx.select({ role: users.role, status: users.status }).from(users).where(and(eq(users.id, ctx.actor.userId), eq(users.tenantId, ctx.actor.tenantId)));
    if (me?.role !== 'super_admin' || me.status !== 'active') throw new ForbiddenError('Sign in with your own super admin account to impersonate');
    const [target] = await tx.select().from(users).where(eq(users.id, id));
    if (!target) throw new NotFoundError('User not found');
    if (!IMPERSONATABLE_ROLES.includes(target.role)) throw new ForbiddenError('Only customer users can be impersonated');
    if (target.status !== 'active') throw new ConflictError('This user is disabled');
    const tenant = await getTenantRef(ctx, target.tenantId);
    if (tenant.status !== 'active') throw new ConflictError('This user’s tenant is suspended');
    const [grant] = await tx
      .insert(impersonationGrants)
      .values({
        tenantId: target.tenantId,
        targetUserId: target.id,
        impersonatorTenantId: ctx.actor.tenantId,
        impersonatorId: ctx.actor.userId,
        reason: reason ?? null,
        tokenHash: hashSecret(token),
        tokenExpiresAt: sql`now() + make_interval(secs => ${IMPERSONATION_LINK_TTL_SECONDS})`,
        expiresAt: sql`now() + make_interval(secs => ${IMPERSONATION_TTL_SECONDS})`,
      })
      .returning();
    await recordAudit(tx, ctx, {
      entity: 'user',
      entityId: target.id,
      action: 'impersonation.started',
      after: { grantId: grant!.id, reason: reason ?? null, expiresAt: grant!.expiresAt },
      tenantId: target.tenantId,
    });
    // A platform-controlled host (switch.pbx.<root> or <slug>.<root>), never a reseller's own domain:
    // whoever controls that domain's DNS could otherwise catch the link and act as their customer.
    const host = customerPortalHost(tenant);
    const url = `${config().PUBLIC_SCHEME}://${host}${IMPERSONATION_START_PATH}?token=${encodeURIComponent(token)}`;
    return { grantId: grant!.id, url, expiresAt: grant!.expiresAt, linkExpiresAt: grant!.tokenExpiresAt };
  });
}
