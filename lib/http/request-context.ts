import 'server-only';
import { config } from '@/lib/config';
import type { Actor, Ctx } from '@/lib/context';
import { isPlatformRole } from '@/lib/auth/permissions';
import { CLIENT_IP_HEADER } from '@/lib/http/client-address';
import { lookupImpersonation, type ImpersonationLookup } from '@/lib/auth/impersonation';
import { assertOnboarded } from '@/lib/auth/onboarding-gate';
import { portalRefusal, WrongPortalError } from '@/lib/auth/portal-access';
import { lookupSession, type SessionLookup } from '@/lib/auth/session';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { ROOT_TENANT_SLUG, type Portal } from '@/lib/tenancy/resolve-host';

export type RequestMeta = { portal: Portal | null; tenantSlug: string | null; requestId: string; ip: string | undefined };

/** What the proxy established about this request (it strips forged copies of these headers). */
export function requestMeta(headers: Headers): RequestMeta {
  return {
    portal: (headers.get('x-portal') as Portal | null) ?? null,
    tenantSlug: headers.get('x-tenant-slug'),
    requestId: headers.get('x-request-id') ?? crypto.randomUUID(),
    ip: headers.get(CLIENT_IP_HEADER) ?? undefined,
  };
}

export const DEVELOPMENT_ACTOR_ID = '00000000-0000-4000-8000-000000000001';

/**
 * The sandbox-only development actor (a super admin of the root tenant), used only when the
 * request carries no session cookie at all; config() refuses DEV_ACTOR in production, and this
 * refuses it too.
 */
async function developmentActor(): Promise<Actor | null> {
  const cfg = config();
  if (cfg.devActor !== 'super_admin' || !cfg.isSandbox) return null;
  const root = await lookupSlug(ROOT_TENANT_SLUG);
  if (!root) throw new Error('The root tenant is missing: run the seed (npm start does).');
  return {
    userId: DEVELOPMENT_ACTOR_ID,
    email: 'dev-admin@didtron.localhost',
    name: 'Development Admin',
    role: 'super_admin',
    tenantId: root.tenantId,
    isDevelopmentActor: true,
  };
}

/** Who may pass with an unfinished onboarding: nobody, except on the wizard's own steps. */
type OnboardingGate = 'require-onboarded' | 'allow-onboarding';

/** The context of a real session: the user's tenant is the host's tenant (sessions are stored per tenant). */
function sessionCtx(found: Extract<SessionLookup, { kind: 'ok' }>, meta: RequestMeta, gate: OnboardingGate): Ctx {
  const { user, target } = found;
  if (user.status !== 'active') throw new UnauthorizedError('This account is disabled');
  if (user.tenantId !== target.tenantId) throw new UnauthorizedError();
  // Each account enters its own portal only (the admin and carrier hosts run on the root tenant's
  // sessions too); sign-in already refuses the others, this stops a session older than a role change.
  const refusal = portalRefusal({ role: user.role, rootTenant: target.tenantSlug === ROOT_TENANT_SLUG }, meta.portal);
  if (refusal) throw new WrongPortalError(refusal);
  if (gate === 'require-onboarded') assertOnboarded(user.onboardingState, target);
  return {
    actor: { userId: user.id, email: user.email, name: user.name, role: user.role, tenantId: user.tenantId },
    tenant: { id: target.tenantId, slug: target.tenantSlug },
    requestId: meta.requestId,
    ip: meta.ip,
  };
}

/**
 * A super admin acting as a customer user: the target is the actor and the super admin rides along
 * as impersonatorId, so recordAudit writes both identities.
 */
function impersonationCtx(found: Extract<ImpersonationLookup, { kind: 'ok' }>, meta: RequestMeta): Ctx {
  const { user, tenant, impersonator } = found;
  return {
    actor: { userId: user.id, email: user.email, name: user.name, role: user.role, tenantId: user.tenantId, impersonatorId: impersonator.id },
    tenant,
    requestId: meta.requestId,
    ip: meta.ip,
  };
}

/**
 * The service context for this request: the signed-in user, or 401/403. A session cookie that
 * names no live session is a 401 (never the development actor); only a request without any
 * session cookie may fall back to the sandbox development actor. A signed-in user whose onboarding
 * is unfinished is a 403 `onboarding_incomplete` (lib/auth/onboarding-gate.ts); an impersonating
 * super admin sees the customer's account as it is, and the development actor has no onboarding.
 */
export async function getCtx(headers: Headers): Promise<Ctx> {
  return resolveCtx(headers, 'require-onboarded');
}

/** getCtx for the onboarding wizard's own steps, the one thing an unfinished account may do. */
export async function getOnboardingCtx(headers: Headers): Promise<Ctx> {
  return resolveCtx(headers, 'allow-onboarding');
}

async function resolveCtx(headers: Headers, gate: OnboardingGate): Promise<Ctx> {
  const meta = requestMeta(headers);
  // An impersonation cookie (customer portal hosts only) wins; an ended one is a 401, like a dead session.
  const impersonation = await lookupImpersonation(headers);
  if (impersonation.kind === 'ok') return impersonationCtx(impersonation, meta);
  if (impersonation.kind === 'invalid') throw new UnauthorizedError('The impersonation has ended: start it again from the admin console');
  const found = await lookupSession(headers);
  if (found.kind === 'ok') return sessionCtx(found, meta, gate);
  if (found.kind === 'invalid') throw new UnauthorizedError('Your session has ended: sign in again');
  const actor = await developmentActor();
  if (!actor) throw new UnauthorizedError();
  let tenant = { id: actor.tenantId, slug: ROOT_TENANT_SLUG };
  if (meta.tenantSlug) {
    const hostTenant = await lookupSlug(meta.tenantSlug);
    if (!hostTenant) throw new UnauthorizedError();
    // Tenant users act only on their own tenant's hosts; platform staff may act on any.
    if (hostTenant.tenantId !== actor.tenantId && !isPlatformRole(actor.role)) throw new ForbiddenError();
    tenant = { id: hostTenant.tenantId, slug: hostTenant.slug };
  }
  return { actor, tenant, requestId: meta.requestId, ip: meta.ip };
}

/** The actor if signed in, else null: for pages that render a sign-in entry instead of failing. */
export async function getOptionalCtx(headers: Headers): Promise<Ctx | null> {
  try {
    return await getCtx(headers);
  } catch (error) {
    if (error instanceof UnauthorizedError || error instanceof ForbiddenError) return null;
    throw error;
  }
}
