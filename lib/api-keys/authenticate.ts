import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { withTenant } from '@/db/client';
import { apiKeys, users } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';
import { assertOnboarded } from '@/lib/auth/onboarding-gate';
import { requestHost } from '@/lib/http/request-host';
import { requestMeta } from '@/lib/http/request-context';
import { forwardedTenant } from '@/lib/tenancy/forwarded-tenant';
import { ipAllowed } from './ip-allow-list';
import { apiKeyMatches, apiKeyPrefix } from './key-format';
import { limitApiKey } from './rate-limit';
import { apiKeyStatus, knownScopes } from './views';

/** The only path prefix where API keys authenticate; everywhere else an Authorization header is ignored. */
export const PUBLIC_API_PREFIX = '/api/v1/';

/** last_used_at is written at most this often per key, so a busy key does not write on every request. */
export const LAST_USED_RESOLUTION_SECONDS = 60;

/** Whether route() should authenticate this request by API key rather than by session. */
export function usesApiKey(pathname: string, headers: Headers): boolean {
  return pathname.startsWith(PUBLIC_API_PREFIX) && headers.has('authorization');
}

const INVALID = 'Invalid API key';

/**
 * The context of a request authenticated by `Authorization: Bearer dtk_...`: the key's owner with
 * their current role, narrowed to the key's scopes (assertPermission checks both), in the key's
 * tenant. The key must belong to the tenant of the request's host: it is looked up inside that
 * tenant only, so a key of another tenant is unknown here. Unknown, malformed, revoked or expired
 * keys and disabled owners are 401s; only the holder of the real secret learns which. A key whose
 * owner has not finished onboarding is a 403 `onboarding_incomplete`, like the owner's session.
 * A key with an IP allow-list used from another address is a 403 `ip_not_allowed` (the client
 * address is the proxy's resolution, lib/http/client-address.ts). Then the request counts against
 * the key's rate limit: `headers` are the RateLimit-* fields for the response, and a request over
 * the limit is a 429 carrying them and Retry-After.
 */
export async function authenticateApiKey(headers: Headers): Promise<{ ctx: Ctx; headers: Record<string, string> }> {
  const meta = requestMeta(headers);
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  if (!match) throw new UnauthorizedError('Send the API key as `Authorization: Bearer dtk_...`');
  const key = match[1]!;
  const prefix = apiKeyPrefix(key);
  if (!prefix) throw new UnauthorizedError(INVALID);
  if (!meta.tenantSlug) throw new UnauthorizedError("API keys are accepted on your brand's customer portal host only");
  const tenant = await forwardedTenant(headers);
  if (!tenant) throw new UnauthorizedError(INVALID);

  const found = await withTenant(tenant.tenantId, async (tx) => {
    const [row] = await tx
      .select({
        id: apiKeys.id,
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        hash: apiKeys.hash,
        scopes: apiKeys.scopes,
        revokedAt: apiKeys.revokedAt,
        expiresAt: apiKeys.expiresAt,
        allowedIps: apiKeys.allowedIps,
        rateLimitPerMinute: apiKeys.rateLimitPerMinute,
        lastUsedAt: apiKeys.lastUsedAt,
        user: { id: users.id, email: users.email, name: users.name, role: users.role, status: users.status, onboardingState: users.onboardingState, tenantId: users.tenantId },
      })
      .from(apiKeys)
      .innerJoin(users, and(eq(users.tenantId, apiKeys.tenantId), eq(users.id, apiKeys.ownerUserId)))
      .where(and(eq(apiKeys.prefix, prefix), eq(apiKeys.tenantId, tenant.tenantId)));
    if (!row || !apiKeyMatches(key, row.hash)) throw new UnauthorizedError(INVALID);
    const status = apiKeyStatus(row);
    if (status === 'revoked') throw new UnauthorizedError('This API key has been revoked');
    if (status === 'expired') throw new UnauthorizedError('This API key has expired');
    if (row.user.status !== 'active') throw new UnauthorizedError('The owner of this API key is disabled');
    // Before the rate limit: requests from elsewhere do not use up the key's quota.
    if (!ipAllowed(row.allowedIps, meta.ip)) throw new ForbiddenError(`This API key is not allowed from ${meta.ip ?? 'an unknown address'}`, 'ip_not_allowed');
    // A key is its owner's session by other means: it opens nothing while their onboarding is unfinished.
    assertOnboarded(row.user.onboardingState, { host: requestHost(headers), portal: meta.portal });
    if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_SECONDS * 1000) {
      // Conditional, so that concurrent requests write it once; the read above spares most requests a write.
      await tx
        .update(apiKeys)
        .set({ lastUsedAt: sql`now()` })
        .where(
          and(
            eq(apiKeys.id, row.id),
            sql`(${apiKeys.lastUsedAt} is null or ${apiKeys.lastUsedAt} <= now() - make_interval(secs => ${LAST_USED_RESOLUTION_SECONDS}))`,
          ),
        );
    }
    return row;
  });

  const limitHeaders = await limitApiKey(found);
  const ctx: Ctx = {
    actor: {
      userId: found.user.id,
      email: found.user.email,
      name: found.user.name,
      role: found.user.role,
      tenantId: found.user.tenantId,
      apiKey: { id: found.id, name: found.name, prefix: found.prefix, scopes: knownScopes(found.scopes) },
    },
    tenant: { id: tenant.tenantId, slug: tenant.slug },
    requestId: meta.requestId,
    ip: meta.ip,
  };
  return { ctx, headers: limitHeaders };
}
