import 'server-only';
import { eq } from 'drizzle-orm';
import { users, type UserRow } from '@/db/schema';
import { authFor, resolveAuthTarget } from './instances';
import { lookupImpersonation, type Impersonator } from './impersonation';
import type { AuthTarget } from './paths';
import { tenantRead } from '@/lib/context';

/** Better Auth's session cookie (with the __Secure- prefix over https). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?didtron\.session_token=[^;]/;

export type SessionLookup =
  /** No session cookie was presented. */
  | { kind: 'none' }
  /** A session cookie was presented but names no live session here (revoked, expired, forged, other tenant). */
  | { kind: 'invalid' }
  | { kind: 'ok'; target: AuthTarget; session: { id: string; token: string; expiresAt: Date }; user: UserRow };

export function hasSessionCookie(headers: Headers): boolean {
  return SESSION_COOKIE.test(headers.get('cookie') ?? '');
}

/**
 * The live session of this request, read from the Redis session store of the host's tenant, with
 * the user row read fresh from the database (role and status are never taken from the session
 * snapshot, so a role change or a disabled account takes effect on the next request).
 */
export async function lookupSession(headers: Headers): Promise<SessionLookup> {
  if (!hasSessionCookie(headers)) return { kind: 'none' };
  const target = await resolveAuthTarget(headers);
  if (!target) return { kind: 'invalid' };
  const auth = await authFor(target);
  const found = await auth.api.getSession({ headers });
  if (!found) return { kind: 'invalid' };
  // One round trip (BEGIN, tenant, SELECT, COMMIT pipelined): this runs on every authenticated request.
  const [user] = await tenantRead(target.tenantId, (tx) => tx.select().from(users).where(eq(users.id, found.user.id)));
  if (!user || user.tenantId !== target.tenantId) return { kind: 'invalid' };
  return { kind: 'ok', target, session: { id: found.session.id, token: found.session.token, expiresAt: found.session.expiresAt }, user };
}

/** The signed-in user of this request (real sessions only, never the development actor), or null. */
export async function getSessionUser(headers: Headers): Promise<{ user: UserRow; target: AuthTarget } | null> {
  const found = await lookupSession(headers);
  return found.kind === 'ok' && found.user.status === 'active' ? { user: found.user, target: found.target } : null;
}

export type PortalViewer =
  | { kind: 'anonymous' }
  /** The impersonation cookie names a grant that has ended: offer to dismiss it. */
  | { kind: 'impersonation-ended' }
  | { kind: 'user'; user: UserRow; impersonation: { impersonator: Impersonator; expiresAt: Date } | null };

/**
 * Who the customer portal shows as signed in: the impersonated user while a super admin acts as
 * them (same precedence as getCtx), else the real session's user.
 */
export async function getPortalViewer(headers: Headers): Promise<PortalViewer> {
  const impersonation = await lookupImpersonation(headers);
  if (impersonation.kind === 'ok') return { kind: 'user', user: impersonation.user, impersonation: { impersonator: impersonation.impersonator, expiresAt: impersonation.grant.expiresAt } };
  if (impersonation.kind === 'invalid') return { kind: 'impersonation-ended' };
  const session = await getSessionUser(headers);
  return session ? { kind: 'user', user: session.user, impersonation: null } : { kind: 'anonymous' };
}
