import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users, type UserRow } from '@/db/schema';
import { INVITATION_EXPIRES_SECONDS, sendInvitationMail } from '@/lib/auth/emails';
import { authFor } from '@/lib/auth/instances';
import { authPageUrl, type AuthTarget } from '@/lib/auth/paths';
import type { Role } from '@/lib/auth/permissions';
import { inTenant } from '@/lib/auth/tenant-db';
import { ConflictError, ValidationError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import { loadTenant } from './access';
import { signInUrlFor, tenantAuthTarget } from './hosts';

/**
 * Invitations reuse Better Auth's reset-password token: the invitee opens the tenant's existing
 * /reset-password page, and Better Auth's reset creates the credential account when there is none.
 * The token is stored through Better Auth's own adapter (hashed identifier), which joins the
 * caller's tenant transaction when one is open (lib/auth/tenant-db.ts inTenant).
 */
export async function createInvitationToken(target: AuthTarget, userId: string): Promise<string> {
  const auth = await authFor(target);
  const context = await auth.$context;
  const token = randomBytes(24).toString('base64url');
  await context.internalAdapter.createVerificationValue({
    identifier: `reset-password:${token}`,
    value: userId,
    expiresAt: new Date(Date.now() + INVITATION_EXPIRES_SECONDS * 1000),
  });
  return token;
}

export function invitationLink(target: AuthTarget, token: string): string {
  return `${authPageUrl(target, '/reset-password')}?token=${encodeURIComponent(token)}`;
}

/** Sends the invitation; a failed delivery is reported, not thrown: the account exists and the invitation can be resent. */
export async function deliverInvitation(target: AuthTarget, user: { id: string; email: string; name: string; role: Role }, token: string): Promise<boolean> {
  try {
    await sendInvitationMail(target, user, invitationLink(target, token), token, signInUrlFor(user.role, target));
    return true;
  } catch (err) {
    logger.error({ err, tenant: target.tenantSlug, userId: user.id }, 'invitation email failed');
    return false;
  }
}

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

export type InvitedAccount = { name: string; email: string; role: Role };
type Tenant = Awaited<ReturnType<typeof loadTenant>>;

/**
 * Creates an account without a password and emails its holder a link to choose one: the admin
 * console's invitations and the first super admin of an install (scripts/create-super-admin.ts).
 * The account, its set-password token and the caller's audit event commit together, in a
 * transaction scoped to the target tenant (RLS holds even for staff); `check` runs first in it,
 * with the tenant loaded, for the caller's own rules. Customers still walk through onboarding on
 * first sign-in; everyone else starts active. The address counts as verified: the only way in is
 * the link sent to it. The email goes out after the commit; a failed delivery is reported, not thrown.
 */
export async function createInvitedUser(
  tenantId: string,
  account: InvitedAccount,
  hooks: { check?: (tx: Tx, tenant: Tenant) => Promise<void> | void; audit: (tx: Tx, user: UserRow) => Promise<void> },
): Promise<{ user: UserRow; target: AuthTarget; invitationSent: boolean }> {
  const created = await inTenant(tenantId, async (tx) => {
    const tenant = await loadTenant(tx, tenantId);
    if (tenant.status !== 'active') throw new ConflictError('This tenant is suspended: reactivate it before inviting users');
    await hooks.check?.(tx, tenant);
    const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(sql`lower(${users.email})`, account.email)));
    if (taken) throw duplicate();
    const [user] = await tx
      .insert(users)
      .values({
        tenantId,
        name: account.name,
        email: account.email,
        role: account.role,
        emailVerified: true,
        onboardingState: CUSTOMER_ROLES.includes(account.role) ? 'verified' : 'active',
      })
      .returning();
    const target = await tenantAuthTarget(tx, tenant);
    const token = await createInvitationToken(target, user!.id);
    await hooks.audit(tx, user!);
    return { user: user!, target, token };
  }).catch((e: unknown) => {
    throw isUniqueViolation(e) ? duplicate() : e;
  });
  const invitationSent = await deliverInvitation(created.target, created.user, created.token);
  return { user: created.user, target: created.target, invitationSent };
}
