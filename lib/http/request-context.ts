import { config } from '@/lib/config';
import type { Actor, Ctx } from '@/lib/context';
import { isPlatformRole } from '@/lib/auth/permissions';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { ROOT_TENANT_SLUG, type Portal } from '@/lib/tenancy/resolve-host';

export type RequestMeta = { portal: Portal | null; tenantSlug: string | null; requestId: string; ip: string | undefined };

/** What the proxy established about this request (it strips forged copies of these headers). */
export function requestMeta(headers: Headers): RequestMeta {
  const trusted = config().TRUSTED_PROXY;
  return {
    portal: (headers.get('x-portal') as Portal | null) ?? null,
    tenantSlug: headers.get('x-tenant-slug'),
    requestId: headers.get('x-request-id') ?? crypto.randomUUID(),
    ip: trusted ? headers.get('x-forwarded-for')?.split(',')[0]?.trim() : undefined,
  };
}

export const DEVELOPMENT_ACTOR_ID = '00000000-0000-4000-8000-000000000001';

/**
 * The acting identity. Until real sessions exist this is the sandbox-only development actor (a super
 * admin of the root tenant); config() refuses DEV_ACTOR in production, and this refuses it too.
 */
async function currentActor(): Promise<Actor | null> {
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

/** The service context for this request: actor + tenant, or 401/403. */
export async function getCtx(headers: Headers): Promise<Ctx> {
  const meta = requestMeta(headers);
  const actor = await currentActor();
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
