import type { BetterAuthPlugin } from 'better-auth';
import { APIError, createAuthMiddleware, getIP, getSessionFromCtx } from 'better-auth/api';
import { verifyJWT } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { logger } from '@/lib/logger';
import { sendEmailChangeConfirmationMail, sendEmailChangeNoticeMail, VERIFICATION_EXPIRES_SECONDS } from './emails';
import { AUTH_PAGE_PORTALS, authPageUrl, originOf, safeNextPath, SECURITY_SETTINGS_PATH, type AuthTarget } from './paths';
import { inTenant } from './tenant-db';

/**
 * Changing the email address (Better Auth's /change-email, enabled in create-auth.ts) with
 * re-authentication and proof of the new address:
 *
 * 1. POST /change-email { newEmail, password }: this plugin's before hook checks the current password
 *    and refuses an address already used in the tenant, then remembers the request (which session
 *    asked, for which address). Better Auth then mints its change-email-verification token and
 *    calls sendVerificationEmail, which (sendEmailChangeMails) notifies the current address and
 *    emails the confirmation link to the new one.
 * 2. GET /verify-email?token=… (the link): the before hook refuses a change that was cancelled in
 *    the meantime (the requesting session ended: password reset, sign-out everywhere, a newer
 *    request) or whose address has been taken since; Better Auth then updates the address.
 * 3. The user-update hook sees that update, writes the audit event and ends the user's other sessions.
 */

export const CHANGE_EMAIL_PATH = '/change-email';
const VERIFY_EMAIL_PATH = '/verify-email';

/** Query flag the confirmation link's callback carries to the security page. */
export const EMAIL_CHANGED_PARAM = 'email-change';

/** The page the confirmation link returns to on this host (errors are added as ?error=CODE). */
export function emailChangeCallbackPath(portal: AuthTarget['portal']): string {
  const page = AUTH_PAGE_PORTALS.includes(portal) ? SECURITY_SETTINGS_PATH : portal === 'admin' ? '/security' : '/';
  return `${page}?${EMAIL_CHANGED_PARAM}=done`;
}

export type EmailChange = { userId: string; oldEmail: string; newEmail: string };

const changeToken = z.object({
  email: z.string(),
  updateTo: z.string(),
  userId: z.string(),
  requestType: z.literal('change-email-verification'),
});

/** The change a Better Auth change-email-verification token carries, if the token is one and is valid for this tenant. */
export async function readEmailChangeToken(secret: string, token: string): Promise<EmailChange | null> {
  const parsed = changeToken.safeParse(await verifyJWT(token, secret));
  return parsed.success ? { userId: parsed.data.userId, oldEmail: parsed.data.email.toLowerCase(), newEmail: parsed.data.updateTo.toLowerCase() } : null;
}

/**
 * Sends both emails of a requested change. The notice to the current address goes first: a change
 * whose owner could not be told is not started (the error reaches the requester, who can retry).
 */
export async function sendEmailChangeMails(target: AuthTarget, user: { id: string; name?: string | null }, change: EmailChange, token: string): Promise<void> {
  const link = new URL('/api/auth/verify-email', originOf(target.host));
  link.searchParams.set('token', token);
  link.searchParams.set('callbackURL', emailChangeCallbackPath(target.portal));
  try {
    await sendEmailChangeNoticeMail(target, { id: user.id, email: change.oldEmail, name: user.name }, change.newEmail, authPageUrl(target, '/forgot-password'), token);
    await sendEmailChangeConfirmationMail(target, { id: user.id, email: change.newEmail, name: user.name }, link.toString(), token);
  } catch (err) {
    logger.error({ err, tenant: target.tenantSlug, userId: user.id }, 'email change mails failed');
    throw new APIError('BAD_GATEWAY', { code: 'EMAIL_NOT_SENT', message: 'We could not send the confirmation email. Try again in a few minutes.' });
  }
}

type Pending = { newEmail: string; sessionId: string };
const pendingKey = (userId: string) => `email-change-pending-${userId}`;

type Storage = { get: (key: string) => unknown; set: (key: string, value: string, ttl?: number) => unknown; delete: (key: string) => unknown };

function storageOf(context: { secondaryStorage?: Storage }): Storage {
  // Sessions live in the secondary storage (Redis) too, so it is always configured here.
  if (!context.secondaryStorage) throw new Error('email change needs Better Auth secondary storage');
  return context.secondaryStorage;
}

async function readPending(storage: Storage, userId: string): Promise<Pending | null> {
  const raw = await storage.get(pendingKey(userId));
  if (!raw) return null;
  try {
    const value = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Partial<Pending>;
    return typeof value.newEmail === 'string' && typeof value.sessionId === 'string' ? { newEmail: value.newEmail, sessionId: value.sessionId } : null;
  } catch {
    return null;
  }
}

const newEmailSchema = z.email('Enter a valid email address.').max(254, 'That email address is too long.');

function refuse(code: string, message: string, status: 'BAD_REQUEST' | 'UNAUTHORIZED' = 'BAD_REQUEST'): never {
  throw new APIError(status, { code, message });
}

function withQuery(path: string, key: string, value: string): string {
  return `${path}${path.includes('?') ? '&' : '?'}${key}=${encodeURIComponent(value)}`;
}

export function changeEmailGuard(target: AuthTarget): BetterAuthPlugin {
  return {
    id: 'didtron-change-email',
    init: () => ({
      options: {
        databaseHooks: {
          user: {
            update: {
              after: async (user, ctx) => {
                if (ctx?.path !== VERIFY_EMAIL_PATH || typeof ctx.query?.token !== 'string') return;
                const change = await readEmailChangeToken(ctx.context.secret, ctx.query.token);
                if (!change || change.userId !== user.id || user.email.toLowerCase() !== change.newEmail) return;
                const storage = storageOf(ctx.context);
                const pending = await readPending(storage, user.id);
                await storage.delete(pendingKey(user.id));

                // Every other session ends: the one that asked for the change (re-authenticated with
                // the password) and the one opening the link, if it is this user's, stay.
                try {
                  const opener = await getSessionFromCtx(ctx);
                  const keep = new Set([pending?.sessionId, opener?.user.id === user.id ? opener.session.id : undefined].filter(Boolean));
                  const others = (await ctx.context.internalAdapter.listSessions(user.id)).filter((s) => !keep.has(s.id));
                  for (const session of others) await ctx.context.internalAdapter.deleteSession(session.token);
                } catch (err) {
                  logger.error({ err, tenant: target.tenantSlug, userId: user.id }, 'email changed, but ending the other sessions failed');
                }

                try {
                  await inTenant(target.tenantId, async (tx) => {
                    const [row] = await tx.select().from(users).where(eq(users.id, user.id));
                    if (!row) return;
                    const headers = ctx.request?.headers ?? ctx.headers;
                    await recordAudit(
                      tx,
                      {
                        actor: { userId: row.id, email: row.email, name: row.name, role: row.role, tenantId: row.tenantId },
                        tenant: { id: target.tenantId, slug: target.tenantSlug },
                        requestId: headers?.get('x-request-id') ?? crypto.randomUUID(),
                        ip: (headers && getIP(headers, ctx.context.options)) || undefined,
                      },
                      { entity: 'user', entityId: row.id, action: 'email.change', before: { email: change.oldEmail }, after: { email: row.email } },
                    );
                  });
                } catch (err) {
                  logger.error({ err, tenant: target.tenantSlug, userId: user.id }, 'email changed, but writing its audit event failed');
                }
                logger.info({ tenant: target.tenantSlug, userId: user.id }, 'email address changed');
              },
            },
          },
        },
      },
    }),
    hooks: {
      before: [
        {
          matcher: (ctx) => ctx.path === CHANGE_EMAIL_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const session = await getSessionFromCtx(ctx);
            if (!session) refuse('UNAUTHORIZED', 'Sign in again to change your email address.', 'UNAUTHORIZED');
            const body = (ctx.body ?? {}) as { newEmail?: unknown; password?: unknown };
            const parsedEmail = newEmailSchema.safeParse(typeof body.newEmail === 'string' ? body.newEmail.trim().toLowerCase() : body.newEmail);
            if (!parsedEmail.success) refuse('INVALID_EMAIL', parsedEmail.error.issues[0]?.message ?? 'Enter a valid email address.');
            const newEmail = parsedEmail.data;
            const password = typeof body.password === 'string' ? body.password : '';
            if (!password) refuse('PASSWORD_REQUIRED', 'Enter your current password.');
            // Longer than any password we accept: refused before hashing (scrypt on megabytes is a denial of service).
            if (password.length > 128) refuse('INVALID_PASSWORD', 'The password is not correct.');

            const account = await ctx.context.internalAdapter.findCredentialAccount(session.user.id);
            if (!account?.password) refuse('CREDENTIAL_ACCOUNT_NOT_FOUND', 'This account has no password. Set one with "Forgot password" first.');
            if (!(await ctx.context.password.verify({ hash: account.password, password }))) refuse('INVALID_PASSWORD', 'The password is not correct.');

            // Only after re-authentication: whether an address is in use is not told to just anyone.
            if (newEmail === session.user.email.toLowerCase()) refuse('EMAIL_IS_THE_SAME', 'That is already your email address.');
            // Row-level security scopes the lookup to this tenant: the address may be in use at another brand.
            if (await ctx.context.internalAdapter.findUserByEmail(newEmail)) refuse('EMAIL_TAKEN', 'Another account here already uses that email address.');

            const pending: Pending = { newEmail, sessionId: session.session.id };
            await storageOf(ctx.context).set(pendingKey(session.user.id), JSON.stringify(pending), VERIFICATION_EXPIRES_SECONDS);
            return { context: { body: { newEmail } } };
          }),
        },
        {
          matcher: (ctx) => ctx.path === VERIFY_EMAIL_PATH,
          handler: createAuthMiddleware(async (ctx) => {
            const token = typeof ctx.query?.token === 'string' ? ctx.query.token : null;
            const change = token ? await readEmailChangeToken(ctx.context.secret, token) : null;
            if (!change) return;
            const bound = await ctx.context.internalAdapter.findUserById(change.userId);
            // A used or outdated link: Better Auth refuses it itself (the token names the former address).
            if (!bound || bound.email.toLowerCase() !== change.oldEmail) return;

            const fail = (code: string, message: string): never => {
              // Only a same-site path: Better Auth's origin check of the callback runs after this hook.
              const callback = safeNextPath(ctx.query?.callbackURL);
              if (callback) throw ctx.redirect(withQuery(callback, 'error', code));
              refuse(code, message);
            };
            const pending = await readPending(storageOf(ctx.context), change.userId);
            const requesterLive =
              pending?.newEmail === change.newEmail && (await ctx.context.internalAdapter.listSessions(change.userId)).some((s) => s.id === pending.sessionId);
            if (!requesterLive) fail('EMAIL_CHANGE_CANCELLED', 'This email change was cancelled. Request it again.');
            if (await ctx.context.internalAdapter.findUserByEmail(change.newEmail)) fail('EMAIL_TAKEN', 'Another account here already uses that email address.');
          }),
        },
      ],
    },
  };
}

/** What a page reached from the confirmation link shows: null unless the link's callback brought it there. */
export function emailChangeOutcome(searchParams: Record<string, string | string[] | undefined>): { error: string | null } | undefined {
  if (searchParams[EMAIL_CHANGED_PARAM] !== 'done') return undefined;
  const error = searchParams.error;
  return { error: typeof error === 'string' && /^[A-Z_]{1,64}$/.test(error) ? error : null };
}
