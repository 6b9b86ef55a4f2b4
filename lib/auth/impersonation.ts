import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, or, sql } from 'drizzle-orm';
import { withTenant } from '@/db/client';
import { impersonationGrants, users, type ImpersonationEndReason, type UserRow } from '@/db/schema';
import { config } from '@/lib/config';
import { callerTx, type AnyCtx } from '@/lib/context';
import { forwardedTenant } from '@/lib/tenancy/forwarded-tenant';
import type { Role } from './permissions';

/**
 * Impersonation sessions: a super admin acting as a customer user on that user's portal host.
 *
 * The grant row (db/schema/impersonation.ts) is the authority: the cookie holds a random secret
 * whose SHA-256 names a live grant of the host's tenant. Every request re-reads the grant and both
 * users, so ending the grant, disabling either user, or changing the target's role away from a
 * customer role ends the impersonation on the next request.
 */

/** Only customers are impersonated; staff and reseller admins never are. */
export const IMPERSONATABLE_ROLES: readonly Role[] = ['customer_admin', 'customer_user'];
export const IMPERSONATION_TTL_SECONDS = 30 * 60;
/** The one-time link must be opened within this time. */
export const IMPERSONATION_LINK_TTL_SECONDS = 2 * 60;
export const IMPERSONATION_START_PATH = '/api/impersonation/start';

/** Host-only by construction: `__Host-` (over https) forbids a Domain attribute and needs Secure and Path=/. */
export function impersonationCookieName(): string {
  return config().PUBLIC_SCHEME === 'https' ? '__Host-didtron.impersonation' : 'didtron.impersonation';
}

export const hashSecret = (value: string) => createHash('sha256').update(value).digest('hex');
export const newSecret = () => randomBytes(32).toString('base64url');

function readCookie(headers: Headers, name: string): string | null {
  for (const part of (headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : '';
    }
  }
  return null;
}

export type Impersonator = { id: string; name: string; email: string };

export type ImpersonationLookup =
  /** No impersonation cookie (or not a customer portal host). */
  | { kind: 'none' }
  /** A cookie naming no live grant here: ended, expired, another tenant's, or forged. */
  | { kind: 'invalid' }
  | { kind: 'ok'; grant: { id: string; expiresAt: Date }; tenant: { id: string; slug: string }; user: UserRow; impersonator: Impersonator };

/** The live impersonation of this request, if its cookie names one on this customer portal host. */
export async function lookupImpersonation(headers: Headers): Promise<ImpersonationLookup> {
  const secret = readCookie(headers, impersonationCookieName());
  if (secret === null) return { kind: 'none' };
  // The cookie is host-only on a customer portal host; anywhere else it means nothing.
  if (headers.get('x-portal') !== 'customer') return { kind: 'none' };
  const tenant = await forwardedTenant(headers);
  if (!secret || !tenant) return { kind: 'invalid' };

  const [found] = await withTenant(tenant.tenantId, (tx) =>
    tx
      .select({ grant: impersonationGrants, user: users })
      .from(impersonationGrants)
      .innerJoin(users, and(eq(users.tenantId, impersonationGrants.tenantId), eq(users.id, impersonationGrants.targetUserId)))
      .where(and(eq(impersonationGrants.sessionHash, hashSecret(secret)), isNull(impersonationGrants.endedAt), gt(impersonationGrants.expiresAt, sql`now()`))),
  );
  if (!found || found.user.status !== 'active' || !IMPERSONATABLE_ROLES.includes(found.user.role)) return { kind: 'invalid' };
  const { grant } = found;
  const [impersonator] = await withTenant(grant.impersonatorTenantId, (tx) =>
    tx.select({ id: users.id, name: users.name, email: users.email, role: users.role, status: users.status }).from(users).where(eq(users.id, grant.impersonatorId)),
  );
  if (!impersonator || impersonator.status !== 'active' || impersonator.role !== 'super_admin') return { kind: 'invalid' };
  return {
    kind: 'ok',
    grant: { id: grant.id, expiresAt: grant.expiresAt },
    tenant: { id: tenant.tenantId, slug: tenant.slug },
    user: found.user,
    impersonator: { id: impersonator.id, name: impersonator.name, email: impersonator.email },
  };
}

/**
 * Exchanges a one-time link token, on a host of the grant's tenant, for the impersonation
 * session's secret. One conditional UPDATE makes it single-use: of two concurrent exchanges only
 * one matches the still-unconsumed row.
 */
export async function redeemImpersonationToken(token: string, tenantId: string): Promise<{ secret: string; expiresAt: Date } | null> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null;
  const secret = newSecret();
  const [row] = await withTenant(tenantId, (tx) =>
    tx
      .update(impersonationGrants)
      .set({ tokenHash: null, consumedAt: sql`now()`, sessionHash: hashSecret(secret) })
      .where(
        and(
          eq(impersonationGrants.tokenHash, hashSecret(token)),
          isNull(impersonationGrants.consumedAt),
          isNull(impersonationGrants.endedAt),
          gt(impersonationGrants.tokenExpiresAt, sql`now()`),
          gt(impersonationGrants.expiresAt, sql`now()`),
        ),
      )
      .returning({ expiresAt: impersonationGrants.expiresAt }),
  );
  return row ? { secret, expiresAt: row.expiresAt } : null;
}

/**
 * Ends every live grant in which the user is the target or the impersonator (disabling, forced
 * sign-out). Runs in the caller's transaction (ctx.db), which must see the grants (platformTx);
 * exported to other domains through lib/auth/index.ts.
 */
export async function endImpersonationGrantsOf(ctx: AnyCtx, userId: string, reason: ImpersonationEndReason): Promise<number> {
  const ended = await callerTx(ctx, (tx) =>
    tx
      .update(impersonationGrants)
      .set({ endedAt: sql`now()`, endReason: reason, tokenHash: null, sessionHash: null })
      .where(and(isNull(impersonationGrants.endedAt), or(eq(impersonationGrants.targetUserId, userId), eq(impersonationGrants.impersonatorId, userId))))
      .returning({ id: impersonationGrants.id }),
  );
  return ended.length;
}

/** Cookie attributes: HttpOnly, SameSite=Lax, host-only (no Domain), Secure over https, gone when the grant expires. */
export function impersonationCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config().PUBLIC_SCHEME === 'https',
    path: '/',
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000)),
  };
}
