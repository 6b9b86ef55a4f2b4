import type { AssignmentLevel } from '@/db/schema/assignments';
import { isPlatformRole } from '@/lib/auth/permissions';
import { platformTx, tenantTx, type AnyCtx, type Ctx } from '@/lib/context';
import { customerPlacement, customerPlacementOfUser, type CustomerPlacement } from '@/lib/customers/placement';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import type { Tx } from '@/db/client';
import { resolvePlacement } from './facts';
import { formatAssignedValue, listAssignableTypes } from './registry';
import { effectiveValue, isItemAvailable, itemId, type ResolvedItem } from './resolve';

export type EffectiveSource = { level: AssignmentLevel | 'default'; targetId: string | null; targetName: string };
export type EffectiveItem = {
  key: string;
  label: string;
  description: string | null;
  /** The winning value; null when the item reaches the customer nowhere and has no default. */
  value: unknown;
  display: string;
  available: boolean;
  /** Where the value came from; null: assigned nowhere (not available). */
  source: EffectiveSource | null;
  overridden: { level: AssignmentLevel; targetId: string | null; targetName: string; value: unknown; display: string }[];
};
export type EffectiveType = { type: string; label: string; description: string | null; items: EffectiveItem[] };

/** Every registered type's items with their effective value for the placement (types listed one after another: one transaction). */
export async function buildEffectiveConfiguration(ctx: AnyCtx, placement: CustomerPlacement, resolved?: Map<string, ResolvedItem>): Promise<EffectiveType[]> {
  const map = resolved ?? (await resolvePlacement(ctx, placement));
  const out: EffectiveType[] = [];
  for (const definition of listAssignableTypes()) {
    const items = await definition.listItems(ctx);
    out.push({
      type: definition.type,
      label: definition.label,
      description: definition.description ?? null,
      items: items.map((item) => {
        const hit = map.get(itemId(definition.type, item.key));
        const eff = effectiveValue(map, definition, item.key);
        return {
          key: item.key,
          label: item.label,
          description: item.description ?? null,
          value: eff?.value ?? null,
          display: eff ? formatAssignedValue(definition, eff.value) : 'Not assigned',
          available: isItemAvailable(map, definition, item.key),
          source: eff?.source ?? null,
          overridden: (hit?.overridden ?? []).map((o) => ({ ...o, display: formatAssignedValue(definition, o.value) })),
        };
      }),
    });
  }
  return out;
}

/**
 * Runs fn with the account's placement in the reader's scope: platform staff see every account;
 * a tenant admin, on its own brand's host, its brand's accounts (RLS); a customer admin its own
 * account. Anything else is a 403, an account outside the scope a 404.
 */
export async function withReadableAccount<T>(ctx: Ctx, accountId: string, fn: (tx: Tx, ctx: Ctx, placement: CustomerPlacement) => Promise<T>): Promise<T> {
  const role = ctx.actor.role;
  if (isPlatformRole(role)) return platformTx(ctx, async (tx, ctx) => fn(tx, ctx, await customerPlacement(ctx, accountId)));
  if (ctx.actor.tenantId !== ctx.tenant.id) throw new ForbiddenError('Customer accounts are managed on your own brand’s portal');
  if (role === 'tenant_admin') return tenantTx(ctx, ctx.tenant.id, async (tx, ctx) => fn(tx, ctx, await customerPlacement(ctx, accountId)));
  if (role === 'customer_admin') {
    return tenantTx(ctx, ctx.tenant.id, async (tx, ctx) => {
      const own = await customerPlacementOfUser(ctx);
      if (!own || own.accountId !== accountId) throw new NotFoundError('Customer account not found');
      return fn(tx, ctx, own);
    });
  }
  throw new ForbiddenError('You cannot see customer accounts');
}

export type ConfigurationChange = {
  type: string;
  typeLabel: string;
  key: string;
  label: string;
  change: 'gained' | 'lost' | 'changed' | 'source';
  before: { display: string; available: boolean; source: EffectiveSource | null };
  after: { display: string; available: boolean; source: EffectiveSource | null };
};

const sameSource = (a: EffectiveSource | null, b: EffectiveSource | null) => (a?.level ?? null) === (b?.level ?? null) && (a?.targetId ?? null) === (b?.targetId ?? null);

/** What changes for a customer between two effective configurations: items gained or lost, values changed, and values that stay but come from another level. */
export function diffConfigurations(before: EffectiveType[], after: EffectiveType[]): ConfigurationChange[] {
  const changes: ConfigurationChange[] = [];
  const afterBy = new Map(after.flatMap((t) => t.items.map((i) => [itemId(t.type, i.key), i] as const)));
  for (const t of before) {
    for (const b of t.items) {
      const a = afterBy.get(itemId(t.type, b.key));
      if (!a) continue;
      const change = b.available !== a.available ? (a.available ? 'gained' : 'lost') : JSON.stringify(b.value) !== JSON.stringify(a.value) ? 'changed' : !sameSource(b.source, a.source) ? 'source' : null;
      if (!change) continue;
      changes.push({ type: t.type, typeLabel: t.label, key: b.key, label: b.label, change, before: { display: b.display, available: b.available, source: b.source }, after: { display: a.display, available: a.available, source: a.source } });
    }
  }
  return changes;
}
