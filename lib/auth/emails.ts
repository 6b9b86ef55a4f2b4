import { createHash } from 'node:crypto';
import { invitationEmail, passwordResetEmail, sendEmail, verificationEmail, welcomeEmail, type EmailBranding, type RenderedEmail } from '@/lib/integrations/brevo';
import { emailChangeConfirmationEmail, emailChangeNoticeEmail } from '@/lib/integrations/brevo/templates';
import { logger } from '@/lib/logger';
import { tenantMailTag } from '@/lib/tenancy/mail-tag';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';
import { getTenantSender } from '@/lib/tenancy/services/get-tenant-sender';
import { originOf, type AuthTarget } from './paths';

type Recipient = { id: string; email: string; name?: string | null };

/** Tokens expire; these say so in the email. */
export const VERIFICATION_EXPIRES_SECONDS = 24 * 60 * 60;
export const RESET_EXPIRES_SECONDS = 60 * 60;
/** An invitation's set-password link (a reset-password token) lives longer than a reset link. */
export const INVITATION_EXPIRES_SECONDS = 7 * 24 * 60 * 60;

async function brandingFor(target: AuthTarget): Promise<{ branding: EmailBranding; supportEmail: string | null }> {
  const brand = await getPublicBranding(target.tenantSlug);
  if (!brand) throw new Error(`tenant ${target.tenantSlug} is not active`);
  // Mail clients cannot resolve relative URLs: anchor the logo on the host the user is on.
  const logoUrl = brand.logoUrl ? new URL(brand.logoUrl, originOf(target.host)).toString() : null;
  return {
    branding: { brandName: brand.name, primaryColor: brand.primaryColor, logoUrl, supportEmail: brand.supportEmail },
    supportEmail: brand.supportEmail,
  };
}

const digest = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 24);

async function deliver(target: AuthTarget, to: Recipient, tag: string, idempotencyKey: string, render: (branding: EmailBranding) => RenderedEmail) {
  const { branding, supportEmail } = await brandingFor(target);
  const email = render(branding);
  const sender = await getTenantSender(target.tenantSlug);
  await sendEmail({
    ...(sender ? { from: { email: sender.email, ...(sender.name ? { name: sender.name } : {}) } } : {}),
    to: { email: to.email, ...(to.name ? { name: to.name } : {}) },
    ...email,
    tags: [tag, tenantMailTag(target.tenantSlug)],
    ...(supportEmail ? { replyTo: supportEmail } : {}),
    idempotencyKey,
  });
  logger.info({ tenant: target.tenantSlug, userId: to.id, tag }, 'auth email sent');
}

export function sendVerificationMail(target: AuthTarget, to: Recipient, link: string, token: string) {
  return deliver(target, to, 'verification', `verify:${to.id}:${digest(token)}`, (branding) =>
    verificationEmail({ branding, recipientName: to.name ?? undefined, link, expiresInMinutes: VERIFICATION_EXPIRES_SECONDS / 60 }),
  );
}

export function sendPasswordResetMail(target: AuthTarget, to: Recipient, link: string, token: string) {
  return deliver(target, to, 'password-reset', `reset:${to.id}:${digest(token)}`, (branding) =>
    passwordResetEmail({ branding, recipientName: to.name ?? undefined, link, expiresInMinutes: RESET_EXPIRES_SECONDS / 60 }),
  );
}

export function sendWelcomeMail(target: AuthTarget, to: Recipient, loginUrl: string) {
  return deliver(target, to, 'welcome', `welcome:${to.id}`, (branding) => welcomeEmail({ branding, recipientName: to.name ?? undefined, loginUrl }));
}

export function sendInvitationMail(target: AuthTarget, to: Recipient, link: string, token: string, signInUrl?: string) {
  return deliver(target, to, 'invitation', `invite:${to.id}:${digest(token)}`, (branding) =>
    invitationEmail({ branding, recipientName: to.name ?? undefined, link, expiresInMinutes: INVITATION_EXPIRES_SECONDS / 60, signInUrl }),
  );
}

/** The confirmation link of an email change goes to the NEW address (recipient: the new address). */
export function sendEmailChangeConfirmationMail(target: AuthTarget, to: Recipient, link: string, token: string) {
  return deliver(target, to, 'email-change', `email-change:${to.id}:${digest(token)}`, (branding) =>
    emailChangeConfirmationEmail({ branding, recipientName: to.name ?? undefined, newEmail: to.email, link, expiresInMinutes: VERIFICATION_EXPIRES_SECONDS / 60 }),
  );
}

/** The security notice of an email change goes to the CURRENT address (recipient: the old address). */
export function sendEmailChangeNoticeMail(target: AuthTarget, to: Recipient, newEmail: string, resetUrl: string, token: string) {
  return deliver(target, to, 'email-change-notice', `email-change-notice:${to.id}:${digest(token)}`, (branding) =>
    emailChangeNoticeEmail({ branding, recipientName: to.name ?? undefined, newEmail, resetUrl }),
  );
}
