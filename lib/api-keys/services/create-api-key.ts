import { and, count, eq, gt, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { apiKeys } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { isPlatformRole, permissions, permissionsOf } from '@/lib/auth/permissions';
import { config } from '@/lib/config';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { parseInput, safeText, type InputOf } from '@/lib/validation';
import { customerAccountIdOf } from '@/lib/users/account-members';
import { allowedIpsSchema } from '../ip-allow-list';
import { generateApiKey } from '../key-format';
import { DEFAULT_RATE_LIMIT_PER_MINUTE, MAX_RATE_LIMIT_PER_MINUTE } from '../rate-limit';
import { toApiKeyView, type ApiKeyView } from '../views';
import { assertSessionActor } from './guards';
import { publishEvent } from '@/lib/webhooks';

/** Active keys one user may hold; more is a sign of keys being minted instead of reused or revoked. */
export const MAX_ACTIVE_KEYS_PER_USER = 50;
const MAX_LIFETIME_MS = 5 * 366 * 24 * 60 * 60 * 1000;

export const createApiKeySchema = z.object({
  name: safeText().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
  scopes: z
    .array(z.enum(permissions))
    .min(1, 'choose at least one scope')
    .transform((s) => [...new Set(s)]),
  expiresAt: z.iso
    .datetime({ offset: true, error: 'must be an ISO 8601 date-time, e.g. 2027-01-31T00:00:00Z' })
    .transform((s) => new Date(s))
    .nullish(),
  /** CIDR blocks the key is accepted from (empty: anywhere). */
  allowedIps: allowedIpsSchema.optional(),
  /** Requests a minute (fixed window); the default suits scripts and integrations, a busy sync asks for more. */
  rateLimitPerMinute: z
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(MAX_RATE_LIMIT_PER_MINUTE, `must be at most ${MAX_RATE_LIMIT_PER_MINUTE}`)
    .optional(),
}).meta({ id: 'CreateApiKey', examples: [{ name: 'Billing export', scopes: ['portal.use'], expiresAt: '2027-12-31T00:00:00Z', allowedIps: ['203.0.113.0/24'], rateLimitPerMinute: 600 }] });
export type CreateApiKeyInput = z.input<typeof createApiKeySchema>;

/**
 * Creates a key owned by the signed-in user, in the tenant of the request's host. The full key is
 * returned once, here; only its hash is stored. Scopes must be permissions the owner's role has.
 */
export async function createApiKey({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createApiKeySchema> }): Promise<ApiKeyView & { key: string }> {
  assertPermission(ctx, 'api_keys.write');
  assertSessionActor(ctx);
  if (ctx.actor.impersonatorId) throw new ForbiddenError('API keys cannot be created while impersonating a user');
  // The public API is for customers and resellers; staff keys would carry platform permissions for no use.
  if (isPlatformRole(ctx.actor.role)) throw new ForbiddenError('API keys belong to customer and reseller accounts; platform staff use the admin console');
  if (ctx.actor.tenantId !== ctx.tenant.id) throw new ForbiddenError("API keys belong to this brand's own users: sign in on your own brand's host");
  const { name, scopes, expiresAt, allowedIps, rateLimitPerMinute } = parseInput(createApiKeySchema, input);

  const granted = permissionsOf(ctx.actor.role);
  const notGranted = scopes.filter((s) => !granted.includes(s));
  if (notGranted.length) throw new ValidationError([{ path: 'scopes', message: `your role (${ctx.actor.role}) does not have ${notGranted.join(', ')}` }]);
  if (expiresAt) {
    const ms = expiresAt.getTime() - Date.now();
    if (ms <= 0) throw new ValidationError([{ path: 'expiresAt', message: 'must be in the future' }]);
    if (ms > MAX_LIFETIME_MS) throw new ValidationError([{ path: 'expiresAt', message: 'must be within 5 years' }]);
  }

  const mode = config().isSandbox ? 'test' : 'live';
  return tenantTx(ctx, ctx.tenant.id, async (tx) => {
    const [{ active }] = (await tx
      .select({ active: count() })
      .from(apiKeys)
      .where(and(eq(apiKeys.ownerUserId, ctx.actor.userId), isNull(apiKeys.revokedAt), or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, new Date()))))) as [{ active: number }];
    if (active >= MAX_ACTIVE_KEYS_PER_USER) throw new ConflictError(`You already have ${active} active API keys: revoke one you no longer use first`);

    // The prefix is 8 random characters (36^8): a collision is rare but possible, so try again then.
    for (let attempt = 1; ; attempt++) {
      const generated = generateApiKey(mode);
      // A customer user's key belongs to its customer account too (null for users in none).
      const customerAccountId = await customerAccountIdOf(tx, ctx.actor.userId);
      const [row] = await tx
        .insert(apiKeys)
        .values({ tenantId: ctx.tenant.id, ownerUserId: ctx.actor.userId, customerAccountId, createdBy: ctx.actor.userId, name, prefix: generated.prefix, hash: generated.hash, scopes, expiresAt: expiresAt ?? null, allowedIps: allowedIps ?? [], rateLimitPerMinute: rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE })
        .onConflictDoNothing({ target: apiKeys.prefix })
        .returning();
      if (!row) {
        if (attempt >= 5) throw new Error('could not find a free API key prefix after 5 attempts');
        continue;
      }
      const view = toApiKeyView(row);
      await recordAudit(tx, ctx, { entity: 'api_key', entityId: row.id, action: 'create', after: view, tenantId: ctx.tenant.id });
      await publishEvent(tx, ctx, 'api_key.created', { apiKeyId: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes });
      return { ...view, key: generated.key };
    }
  });
}
