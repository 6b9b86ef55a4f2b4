import { randomBytes } from 'node:crypto';
import { INVITATION_EXPIRES_SECONDS, sendInvitationMail } from '@/lib/auth/emails';
import { authFor } from '@/lib/auth/instances';
import { authPageUrl, type AuthTarget } from '@/lib/auth/paths';
import type { Role } from '@/lib/auth/permissions';
import { logger } from '@/lib/logger';
import { signInUrlFor } from './hosts';

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
