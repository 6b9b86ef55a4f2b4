/**
 * Transactional email templates, branded per tenant. Every interpolated value is escaped for its
 * context (HTML text, attribute, CSS colour, URL); the plain-text part carries the same content.
 */

export type EmailBranding = {
  brandName: string;
  /** #RRGGBB; anything else falls back to the default, since it lands inside a style attribute. */
  primaryColor: string;
  /** Absolute http(s) URL; relative or other schemes are left out (mail clients cannot resolve them). */
  logoUrl?: string | null;
  supportEmail?: string | null;
};

export type RenderedEmail = { subject: string; html: string; text: string };

const DEFAULT_COLOR = '#2563EB';
const SIMPLE_EMAIL = /^[^\s<>"'@]+@[^\s<>"'@]+\.[^\s<>"'@]+$/;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Subjects and other single-line text: no control characters, whitespace collapsed. */
function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
}

function safeColor(value: string): string {
  return /^#[0-9a-f]{6}$/i.test(value) ? value : DEFAULT_COLOR;
}

/** Black or white text, whichever reads better on the brand colour (WCAG relative luminance). */
function textOn(color: string): string {
  const channel = (i: number) => {
    const c = parseInt(color.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return luminance > 0.179 ? '#111827' : '#FFFFFF';
}

/** Action links must be absolute http(s) URLs: a javascript: or data: link is a programming error. */
function actionUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error('Email link must be an absolute URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('Email link must use http or https');
  return url.toString();
}

function optionalImageUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : undefined;
  } catch {
    return undefined;
  }
}

type Body = {
  preheader: string;
  heading: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  afterAction?: string[];
};

function render(branding: EmailBranding, subject: string, body: Body): RenderedEmail {
  const brand = oneLine(branding.brandName) || 'DIDTron';
  const color = safeColor(branding.primaryColor);
  const logo = optionalImageUrl(branding.logoUrl);
  const support = branding.supportEmail && SIMPLE_EMAIL.test(branding.supportEmail) ? branding.supportEmail : undefined;
  const action = body.action ? { label: body.action.label, url: actionUrl(body.action.url) } : undefined;
  const e = escapeHtml;

  const paragraphs = (list: string[]) =>
    list.map((p) => `<p style="margin:0 0 16px;font-size:15px;line-height:24px;color:#374151;">${e(p)}</p>`).join('\n');

  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(subject)}</title>
</head>
<body style="margin:0;padding:0;background:#F3F4F6;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;">
<span style="display:none;max-height:0;overflow:hidden;">${e(body.preheader)}</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#F3F4F6;padding:24px 0;">
<tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px;width:100%;background:#FFFFFF;border-radius:8px;overflow:hidden;">
<tr><td style="background:${color};padding:20px 32px;">${
    logo
      ? `<img src="${e(logo)}" alt="${e(brand)}" height="32" style="display:block;height:32px;border:0;">`
      : `<span style="font-size:20px;font-weight:600;color:${textOn(color)};">${e(brand)}</span>`
  }</td></tr>
<tr><td style="padding:32px;">
<h1 style="margin:0 0 16px;font-size:22px;line-height:30px;color:#111827;">${e(body.heading)}</h1>
${paragraphs(body.paragraphs)}
${
  action
    ? `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 24px;"><tr><td style="border-radius:6px;background:${color};">
<a href="${e(action.url)}" style="display:inline-block;padding:12px 24px;font-size:15px;font-weight:600;color:${textOn(color)};text-decoration:none;">${e(action.label)}</a>
</td></tr></table>
<p style="margin:0 0 16px;font-size:13px;line-height:20px;color:#6B7280;">If the button does not work, copy this link into your browser:<br><a href="${e(action.url)}" style="color:${color};word-break:break-all;">${e(action.url)}</a></p>`
    : ''
}
${paragraphs(body.afterAction ?? [])}
</td></tr>
<tr><td style="padding:16px 32px;border-top:1px solid #E5E7EB;font-size:12px;line-height:18px;color:#6B7280;">${
    support ? `Questions? Write to <a href="mailto:${e(support)}" style="color:${color};">${e(support)}</a>.<br>` : ''
  }${e(brand)}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>`;

  const text = [
    body.heading,
    '',
    ...body.paragraphs.flatMap((p) => [p, '']),
    ...(action ? [`${action.label}: ${action.url}`, ''] : []),
    ...(body.afterAction ?? []).flatMap((p) => [p, '']),
    '--',
    brand,
    ...(support ? [`Questions? Write to ${support}`] : []),
  ].join('\n');

  return { subject: oneLine(subject), html, text };
}

function greeting(name: string | undefined): string {
  const clean = name ? oneLine(name) : '';
  return clean ? `Hi ${clean},` : 'Hi,';
}

function expiry(minutes: number | undefined): string[] {
  if (!minutes) return [];
  const label = minutes % 60 === 0 ? `${minutes / 60} hour${minutes === 60 ? '' : 's'}` : `${minutes} minutes`;
  return [`This link expires in ${label}.`];
}

export function verificationEmail(input: { branding: EmailBranding; recipientName?: string; link: string; expiresInMinutes?: number }): RenderedEmail {
  const brand = oneLine(input.branding.brandName) || 'DIDTron';
  return render(input.branding, `Verify your email address for ${brand}`, {
    preheader: `Confirm your email address to finish signing up for ${brand}.`,
    heading: 'Verify your email address',
    paragraphs: [greeting(input.recipientName), `Confirm that this is your email address to finish signing up for ${brand}.`],
    action: { label: 'Verify email address', url: input.link },
    afterAction: [...expiry(input.expiresInMinutes), 'If you did not sign up, you can ignore this email.'],
  });
}

export function passwordResetEmail(input: { branding: EmailBranding; recipientName?: string; link: string; expiresInMinutes?: number }): RenderedEmail {
  const brand = oneLine(input.branding.brandName) || 'DIDTron';
  return render(input.branding, `Reset your ${brand} password`, {
    preheader: `A password reset was requested for your ${brand} account.`,
    heading: 'Reset your password',
    paragraphs: [greeting(input.recipientName), `We received a request to reset the password of your ${brand} account.`],
    action: { label: 'Choose a new password', url: input.link },
    afterAction: [...expiry(input.expiresInMinutes), 'If you did not ask for this, ignore this email: your password stays as it is.'],
  });
}

export function welcomeEmail(input: { branding: EmailBranding; recipientName?: string; loginUrl?: string }): RenderedEmail {
  const brand = oneLine(input.branding.brandName) || 'DIDTron';
  return render(input.branding, `Welcome to ${brand}`, {
    preheader: `Your ${brand} account is ready.`,
    heading: `Welcome to ${brand}`,
    paragraphs: [greeting(input.recipientName), `Your ${brand} account is ready. Sign in to finish setting up your account and start making calls.`],
    action: input.loginUrl ? { label: 'Sign in', url: input.loginUrl } : undefined,
  });
}

/** An account created by an administrator: the link sets the first password (a reset-password token). */
export function invitationEmail(input: { branding: EmailBranding; recipientName?: string; link: string; expiresInMinutes?: number; signInUrl?: string }): RenderedEmail {
  const brand = oneLine(input.branding.brandName) || 'DIDTron';
  return render(input.branding, `You have been invited to ${brand}`, {
    preheader: `An account has been created for you at ${brand}.`,
    heading: `Welcome to ${brand}`,
    paragraphs: [greeting(input.recipientName), `An administrator has created an account for you at ${brand}. Choose a password to start using it.`],
    action: { label: 'Choose your password', url: input.link },
    afterAction: [
      ...(input.expiresInMinutes && input.expiresInMinutes % 1440 === 0
        ? [`This link expires in ${input.expiresInMinutes / 1440} day${input.expiresInMinutes === 1440 ? '' : 's'}.`]
        : expiry(input.expiresInMinutes)),
      ...(input.signInUrl ? [`Afterwards, sign in at ${actionUrl(input.signInUrl)}`] : []),
      'If you did not expect this invitation, you can ignore this email.',
    ],
  });
}

/** A platform alert for the operations mailbox (System Status, lib/monitoring). */
export function platformAlertEmail(input: { severity: 'warning' | 'critical'; title: string; message: string; link: string; details?: string[] }): RenderedEmail {
  const label = input.severity === 'critical' ? 'CRITICAL' : 'Warning';
  return render({ brandName: 'DIDTron', primaryColor: input.severity === 'critical' ? '#C81E1E' : '#B45309' }, `[DIDTron ${label}] ${input.title}`, {
    preheader: input.message,
    heading: `${label}: ${input.title}`,
    paragraphs: [input.message, ...(input.details ?? [])],
    action: { label: 'Open System Status alerts', url: input.link },
    afterAction: ['You receive this because this address is the platform operations contact (OPS_ALERT_EMAIL).'],
  });
}

/** Sent to the NEW address of an email change: the change happens only when this link is opened. */
export function emailChangeConfirmationEmail(input: { branding: EmailBranding; recipientName?: string; newEmail: string; link: string; expiresInMinutes?: number }): RenderedEmail {
  const brand = oneLine(input.branding.brandName) || 'DIDTron';
  return render(input.branding, `Confirm your new email address for ${brand}`, {
    preheader: `Confirm ${oneLine(input.newEmail)} as the email address of your ${brand} account.`,
    heading: 'Confirm your new email address',
    paragraphs: [
      greeting(input.recipientName),
      `You asked to use ${oneLine(input.newEmail)} as the email address of your ${brand} account. Your address changes only once you confirm it here.`,
    ],
    action: { label: 'Confirm new email address', url: input.link },
    afterAction: [
      ...expiry(input.expiresInMinutes),
      'After the change you sign in with this address, and every other device signed in to the account is signed out.',
      'If you did not ask for this, ignore this email: nothing changes.',
    ],
  });
}

/** Security notice to the CURRENT address when a change of address is requested (no link to confirm). */
export function emailChangeNoticeEmail(input: { branding: EmailBranding; recipientName?: string; newEmail: string; resetUrl: string }): RenderedEmail {
  const brand = oneLine(input.branding.brandName) || 'DIDTron';
  return render(input.branding, `Your ${brand} email address is about to change`, {
    preheader: `A change of the email address of your ${brand} account was requested.`,
    heading: 'A change of email address was requested',
    paragraphs: [
      greeting(input.recipientName),
      `Someone signed in to your ${brand} account with your password asked to change its email address from this address to ${oneLine(input.newEmail)}.`,
      'The change happens only once the new address is confirmed. Until then you keep signing in with this address.',
      'If this was you, there is nothing to do. If it was not, reset your password now: that signs out every device and cancels the change.',
    ],
    action: { label: 'Reset your password', url: input.resetUrl },
  });
}

/** An outgoing webhook endpoint was disabled after failing for a day (lib/webhooks); sent to its owner. */
export function webhookEndpointDisabledEmail(input: { branding: EmailBranding; recipientName?: string; endpointUrl: string; reason: string; link: string }): RenderedEmail {
  const brand = oneLine(input.branding.brandName) || 'DIDTron';
  return render(input.branding, `A webhook endpoint was disabled at ${brand}`, {
    preheader: `Deliveries to ${oneLine(input.endpointUrl)} kept failing, so the endpoint was disabled.`,
    heading: 'Webhook endpoint disabled',
    paragraphs: [greeting(input.recipientName), `We disabled your webhook endpoint ${oneLine(input.endpointUrl)}: ${oneLine(input.reason)}`, 'No events are sent to it until you enable it again. Deliveries that failed can be replayed from its log.'],
    action: { label: 'Open webhook settings', url: input.link },
  });
}
