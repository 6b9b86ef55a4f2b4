import { and, eq, sql } from 'drizzle-orm';
import { users, type UserRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Role } from '@/lib/auth/permissions';
import { inTenant } from '@/lib/auth/tenant-db';
import type { Ctx } from '@/lib/context';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { assertCanAssign, loadTenant, userScope } from '../access';
import { tenantAuthTarget } from '../hosts';
import { createInvitationToken, deliverInvitation } from '../invitations';
import { inviteUserSchema, type InviteUserInput } from '../schemas';

/** Customers set up their company, currency and terms themselves in the onboarding wizard. */
const CUSTOMER_ROLES: readonly Role[] = ['customer_admin', 'customer_user'];

const duplicate = () => new ValidationError([{ path: 'email', message: 'this tenant already has an account with this email' }]);

function isUniqueViolation(e: unknown): boolean {
  for (let err: unknown = e, depth = 0; err && depth < 3; depth++) {
    if ((err as { code?: unknown }).code === '23505') return true;
    err = (err as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * Creates a user in a tenant with a role and emails them a link to choose their password. The
 * account, its set-password token and the audit event commit together, in a transaction scoped to
 * the target tenant (RLS holds even for staff). Customers still walk through onboarding (company,
 * currency, terms) on first sign-in; everyone else starts active. The email address counts as
 * verified: the only way in is the link sent to it.
 */
export async function inviteUser({ ctx, input }: { ctx: Ctx; input: InviteUserInput }): Promise<{ user: UserRow; invitationSent: boolean }> {
  const scope = userScope(ctx, 'users.write');
  const data = parseInput(inviteUserSchema, input);
  const tenantId = data.tenantId ?? ctx.tenant.id;
  if (scope.kind === 'tenant' && tenantId !== scope.tenantId) throw new NotFoundError('Tenant not found');

  const create = () =>
    inTenant(tenantId, async (tx) => {
      const tenant = await loadTenant(tx, tenantId);
      if (tenant.status !== 'active') throw new ConflictError('This tenant is suspended: reactivate it before inviting users');
      assertCanAssign(ctx, scope, data.role, tenant);
      const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(sql`lower(${users.email})`, data.email)));
      if (taken) throw duplicate();
      const [user] = await tx
        .insert(users)
        .values({
          tenantId,
          name: data.name,
          email: data.email,
          role: data.role,
          emailVerified: true,
          onboardingState: CUSTOMER_ROLES.includes(data.role) ? 'verified' : 'active',
        })
        .returning();
      const target = await tenantAuthTarget(tx, tenant);
      const token = await createInvitationToken(target, user!.id);
      await recordAudit(tx, ctx, { entity: 'user', entityId: user!.id, action: 'invite', after: { name: data.name, email: data.email, role: data.role }, tenantId });
      return { user: user!, target, token };
    });
  const created = await create().catch((e: unknown) => {
    throw isUniqueViolation(e) ? duplicate() : e;
  });
  const invitationSent = await deliverInvitation(created.target, created.user, created.token);
  return { user: created.user, invitationSent };
}
