import { createHmac } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, getIP } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { twoFactor } from 'better-auth/plugins/two-factor';
import { and, eq } from 'drizzle-orm';
import { authAccounts, authSessions, authTwoFactors, authVerifications, users } from '@/db/schema';
import { config } from '@/lib/config';
import { CLIENT_IP_HEADER } from '@/lib/http/client-address';
import { logger } from '@/lib/logger';
import { getPublicBranding } from '@/lib/tenancy/services/get-public-branding';
import { changeEmailGuard, readEmailChangeToken, sendEmailChangeMails } from './change-email';
import { RESET_EXPIRES_SECONDS, sendPasswordResetMail, sendVerificationMail, VERIFICATION_EXPIRES_SECONDS } from './emails';
import { authInputGuard } from './input-guard';
import { portalRefusal } from './portal-access';
import { AUTH_PAGE_PORTALS, authPageUrl, originOf, type AuthTarget } from './paths';
import { clearSignInBackoff, signInGuard } from './sign-in-guard';
import { rateLimitStorageFor, secondaryStorageFor } from './storage';
import { inTenant, scopeAdapterToTenant, tenantScopedDb } from './tenant-db';
import { systemCtx } from '@/lib/context';
import { publishEvent } from '@/lib/webhooks';

export const SESSION_EXPIRES_SECONDS = 7 * 24 * 60 * 60;
export const MIN_PASSWORD_LENGTH = 10;

/**
 * Request limits per client address and path (Better Auth's limiter, on the Redis port): the
 * address the proxy resolved, so one client exhausts only its own buckets. The per-account sign-in
 * guard (sign-in-guard.ts) adds limits per account.
 */
export function authRateLimits() {
  const rule = (window: number, max: number) => ({ window, max });
  return {
    default: rule(60, 300),
    customRules: {
      '/sign-in/*': rule(60, 30),
      '/sign-up/*': rule(60, 20),
      '/two-factor/*': rule(60, 30),
      '/request-password-reset': rule(300, 5),
      '/send-verification-email': rule(300, 5),
      '/reset-password': rule(300, 10),
      '/reset-password/*': rule(300, 10),
      '/verify-email': rule(60, 30),
      '/change-password': rule(300, 10),
      '/change-email': rule(300, 5),
    },
  };
}

/** One secret per tenant: a cookie, token or encrypted secret of one tenant is worthless at another. */
export function tenantSecret(rootSecret: string, tenantId: string): string {
  return createHmac('sha256', rootSecret).update(`better-auth:tenant:${tenantId}`).digest('base64url');
}

function hostname(host: string): string {
  return host.replace(/:\d+$/, '');
}

/**
 * pbx.<root> (sign-up) and switch.pbx.<root> (the root brand's customer portal) share one session,
 * so the cookie is set for pbx.<root>; every other host keeps host-only cookies.
 */
function sharedCookieDomain(host: string): string | undefined {
  const root = config().ROOT_DOMAIN.toLowerCase();
  const name = hostname(host).toLowerCase();
  return name === `pbx.${root}` || name === `switch.pbx.${root}` ? `pbx.${root}` : undefined;
}

const authSchema = {
  users,
  auth_sessions: authSessions,
  auth_accounts: authAccounts,
  auth_verifications: authVerifications,
  auth_two_factors: authTwoFactors,
};

const baLogger = logger.child({ component: 'better-auth' });

/**
 * Builds the Better Auth instance serving one tenant on one host. Everything it stores is scoped
 * to the tenant: database rows through RLS (tenant-db.ts), Redis keys through a per-tenant prefix,
 * and signed values through a per-tenant secret.
 */
export async function createTenantAuth(target: AuthTarget) {
  const cfg = config();
  const brand = await getPublicBranding(target.tenantSlug);
  if (!brand) throw new Error(`tenant ${target.tenantSlug} is not active`);
  const origin = originOf(target.host);
  const cookieDomain = sharedCookieDomain(target.host);
  const limits = authRateLimits();
  const secret = tenantSecret(cfg.betterAuthSecret, target.tenantId);
  // The client address the proxy resolved (lib/http/client-address.ts), for the limiter, sessions and the guard.
  const ipAddress = { ipAddressHeaders: [CLIENT_IP_HEADER] };

  return betterAuth({
    appName: brand.name,
    baseURL: origin,
    basePath: '/api/auth',
    secret,
    trustedOrigins: [origin],
    telemetry: { enabled: false },
    logger: {
      level: cfg.LOG_LEVEL === 'debug' || cfg.LOG_LEVEL === 'trace' ? 'debug' : 'warn',
      log: (level, message, ...args) => baLogger[level === 'debug' ? 'debug' : level]({ tenant: target.tenantSlug, args: args.length ? args : undefined }, message),
    },
    database: scopeAdapterToTenant(
      target.tenantId,
      drizzleAdapter(tenantScopedDb(target.tenantId), { provider: 'pg', schema: authSchema, transaction: true }),
    ),
    secondaryStorage: secondaryStorageFor(target.tenantId),
    user: {
      modelName: 'users',
      additionalFields: {
        role: { type: 'string', required: false, input: false },
        status: { type: 'string', required: false, input: false },
        onboardingState: { type: 'string', required: false, input: false },
      },
      // Re-authenticated (current password) and confirmed from the new address; see change-email.ts.
      // Without sendChangeEmailConfirmation the link goes to the new address, not the current one.
      changeEmail: { enabled: true },
    },
    session: {
      modelName: 'auth_sessions',
      expiresIn: SESSION_EXPIRES_SECONDS,
      updateAge: 24 * 60 * 60,
      // Redis decides whether a session is live (deleting its key ends it); the table keeps the
      // sign-in history and is never consulted for a missing key.
      storeSessionInDatabase: true,
      preserveSessionInDatabase: true,
    },
    account: { modelName: 'auth_accounts', accountLinking: { enabled: false } },
    verification: { modelName: 'auth_verifications', storeInDatabase: true, storeIdentifier: 'hashed' },
    emailAndPassword: {
      enabled: true,
      // Staff and carriers are invited, never self-registered: their hosts only sign in.
      disableSignUp: !AUTH_PAGE_PORTALS.includes(target.portal),
      requireEmailVerification: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: RESET_EXPIRES_SECONDS,
      revokeSessionsOnPasswordReset: true,
      onPasswordReset: ({ user }, request) => clearSignInBackoff(target.tenantId, user.email, request ? getIP(request, { advanced: { ipAddress } }) : null),
      sendResetPassword: async ({ user, token }) => {
        const link = `${authPageUrl(target, '/reset-password')}?token=${encodeURIComponent(token)}`;
        await sendPasswordResetMail(target, user, link, token).catch((err: unknown) => logger.error({ err, tenant: target.tenantSlug }, 'password reset email failed'));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: VERIFICATION_EXPIRES_SECONDS,
      sendVerificationEmail: async ({ user, token }) => {
        // An email change reuses this hook (its token says so): it gets its own mails and link.
        const change = await readEmailChangeToken(secret, token);
        if (change) return sendEmailChangeMails(target, user, change, token);
        // The link goes to Better Auth's endpoint on a host of this tenant, which verifies, signs the
        // user in and continues to the branded verify-email page on that host.
        const page = authPageUrl(target, '/verify-email');
        const endpoint = new URL('/api/auth/verify-email', page);
        endpoint.searchParams.set('token', token);
        endpoint.searchParams.set('callbackURL', `${new URL(page).pathname}?verified=1`);
        await sendVerificationMail(target, user, endpoint.toString(), token).catch((err: unknown) => logger.error({ err, tenant: target.tenantSlug }, 'verification email failed'));
      },
      afterEmailVerification: async (user) => {
        await inTenant(target.tenantId, (tx) =>
          tx
            .update(users)
            .set({ onboardingState: 'verified' })
            .where(and(eq(users.id, user.id), eq(users.onboardingState, 'signed_up'))),
        );
      },
    },
    databaseHooks: {
      user: {
        create: {
          // A self-service sign-up (invitations insert their row themselves and publish there). In
          // the adapter's transaction when one is open (joinTenant), so the event commits with the row.
          after: async (user) => {
            await inTenant(target.tenantId, (tx) =>
              publishEvent(tx, systemCtx('webhooks', target.tenantId), 'user.created', { userId: user.id, email: user.email, role: String((user as { role?: unknown }).role ?? 'customer_admin') }),
            );
          },
        },
      },
      session: {
        create: {
          // Every new session (sign-in, 2FA, verification) passes here: a disabled account gets none.
          before: async (session) => {
            const [row] = await inTenant(target.tenantId, (tx) => tx.select({ status: users.status, role: users.role }).from(users).where(eq(users.id, session.userId)));
            if (row?.status !== 'active') {
              throw new APIError('FORBIDDEN', { code: 'ACCOUNT_DISABLED', message: 'This account is disabled. Contact your administrator.' });
            }
            // An account of another portal gets no session here (portal-access.ts): the refusal
            // names its portal, so the sign-in form can link to it.
            const refusal = portalRefusal({ role: row.role, rootTenant: brand.isRoot }, target.portal);
            if (refusal) {
              throw new APIError('FORBIDDEN', { code: refusal.code, message: refusal.message, portal: refusal.portal, portalName: refusal.portalName, portalUrl: refusal.portalUrl });
            }
          },
        },
      },
    },
    rateLimit: { enabled: true, window: limits.default.window, max: limits.default.max, customRules: limits.customRules, customStorage: rateLimitStorageFor(target.tenantId) },
    advanced: {
      database: { generateId: 'uuid' },
      cookiePrefix: 'didtron',
      useSecureCookies: cfg.PUBLIC_SCHEME === 'https',
      ...(cookieDomain ? { crossSubDomainCookies: { enabled: true, domain: cookieDomain } } : {}),
      ipAddress,
      // Explicit: Better Auth skips its origin and CSRF checks under NODE_ENV=test, and tests must see production behaviour.
      disableOriginCheck: false,
      disableCSRFCheck: false,
    },
    plugins: [
      // First: no other hook (nor the endpoint) sees text with control characters.
      authInputGuard(),
      twoFactor({
        issuer: brand.name,
        schema: { twoFactor: { modelName: 'auth_two_factors' } },
        backupCodeOptions: { amount: 10, length: 10 },
      }),
      signInGuard(target.tenantId),
      changeEmailGuard(target),
      // Must stay last: it forwards Set-Cookie from auth.api calls made in server actions.
      nextCookies(),
    ],
  });
}

export type TenantAuth = Awaited<ReturnType<typeof createTenantAuth>>;

