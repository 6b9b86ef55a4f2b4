import { randomBytes } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { users, type CustomerCategory, type UserRow } from '@/db/schema';
import { INVITATION_EXPIRES_SECONDS, sendInvitationMail } from '@/lib/auth/emails';
import { authFor } from '@/lib/auth/instances';
import { authPageUrl, type AuthTarget } from '@/lib/auth/paths';
import type { Role } from '@/lib/auth/permissions';
import { tenantTx, type AnyCtx } from '@/lib/context';
import { ConflictError, ValidationError } from '@/lib/errors';
import { logger } from '@/lib/logger';
import type { TenantRef } from '@/lib/tenancy';
import { signInUrlFor, tenantAuthTarget } from './hosts';

/**
 * Invitations reuse Better Auth's reset-password token: the invitee opens the tenant's existing
 * /reset-password page, and Better Auth's reset creates the credential account when there is none.
 * The token is stored through Better Auth's own adapter (hashed identifier), which joins the
 * caller's tenant transaction when one is open (lib/context.ts, through lib/auth/tenant-db.ts).
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

/** A suspended tenant gets no new accounts; callers check this before their own rules. */
export function assertInvitable(tenant: Pick<TenantRef, 'status'>): void {
  if (tenant.status !== 'active') throw new ConflictError('This tenant is suspended: reactivate it before inviting users');
}

export type InvitedAccount = {
  name: string;
  email: string;
  role: Role;
  /**
   * The customer account the person joins (lib/customers inviteCustomerAccountUser): the account's
   * details prefill the onboarding, which then asks only for the terms.
   */
  customerAccount?: { id: string; companyName: string; customerCategory: CustomerCategory | null; billingCurrency: string };
};
export type CreatedInvitation = { user: UserRow; target: AuthTarget; token: string };

/**
 * Creates an account without a password and its set-password token, for an invitation: the admin
 * console's (inviteUser) and the first super admin of an install (scripts/create-super-admin.ts).
 * It runs in the caller's transaction scoped to the tenant (tenantTx joins it through ctx.db), so
 * the caller's checks, the account, the token and the caller's audit event commit together; RLS
 * holds even for staff. The caller checks its permission and its rules and records the audit event;
 * after the commit it sends the email (deliverInvitation). Customers still walk through onboarding
 * on first sign-in; everyone else starts active. The address counts as verified: the only way in
 * is the link sent to it.
 */
export async function createInvitedUser(ctx: AnyCtx, tenant: TenantRef, account: InvitedAccount): Promise<CreatedInvitation> {
  assertInvitable(tenant);
  return tenantTx(ctx, tenant.id, async (tx, ctx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenant.id), eq(sql`lower(${users.email})`, account.email)));
    if (taken) throw duplicate();
    const [user] = await tx
      .insert(users)
      .values({
        tenantId: tenant.id,
        name: account.name,
        email: account.email,
        role: account.role,
        emailVerified: true,
        onboardingState: CUSTOMER_ROLES.includes(account.role) ? 'verified' : 'active',
        ...(account.customerAccount && {
          customerAccountId: account.customerAccount.id,
          companyName: account.customerAccount.companyName,
          customerCategory: account.customerAccount.customerCategory,
          billingCurrency: account.customerAccount.billingCurrency,
        }),
      })
      .returning()
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? duplicate() : e;
      });
    const target = await tenantAuthTarget(ctx, tenant);
    const token = await createInvitationToken(target, user!.id);
    return { user: user!, target, token };
  });
}

/** Sends the invitation of a committed account; false when the delivery failed (it can be resent). */
export function sendCreatedInvitation(created: CreatedInvitation): Promise<boolean> {
  return deliverInvitation(created.target, created.user, created.token);
}
