import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { registerAssignableType, type AssignableItem, type AssignableType } from '@/lib/assignments/registry';
import { platformTx, type AnyCtx } from '@/lib/context';
import { catalogKinds } from './kinds';
import { catalogAssignableTypeNames, catalogKindKeys, type CatalogKindKey } from './schemas';
import { liveWhere, tableOf } from './store';

/**
 * The catalogue's kinds as assignable item types of the engine (lib/assignments): each live row is
 * an item (key = its id), offered (`enabled: true`) or withheld at ALL, category, group or customer
 * level. An item assigned nowhere is not offered (no default): the catalogue lists what exists,
 * the assignments decide who gets it. A row in the Trash is no longer listed as an item.
 */
export { catalogAssignableTypeNames };

const labels: Record<CatalogKindKey, [string, string]> = {
  pops: ['POPs', 'Which points of presence the customer may send traffic to.'],
  'voice-tiers': ['Voice tiers', 'Which voice quality tiers the customer may buy.'],
  codecs: ['Codecs', 'Which codecs the customer’s trunks may negotiate.'],
  'auth-methods': ['Auth methods', 'How the customer’s trunks may authenticate.'],
  'channel-plans': ['Channel/CPS plans', 'Which capacity plans the customer may use.'],
  'did-countries': ['DID countries', 'Where the customer may buy numbers.'],
  'did-providers': ['DID providers', 'Which number suppliers serve the customer.'],
};

type Items = Map<CatalogKindKey, AssignableItem[]>;
/** Per transaction: the effective configuration asks every type for its items; one query answers all seven. */
const loaded = new WeakMap<object, Promise<Items>>();

/** Every kind's live rows, by name, in ONE query (UNION ALL; the catalogue is small: a bound, not a page). */
async function loadAll(ctx: AnyCtx): Promise<Items> {
  return platformTx(ctx, async (tx) => {
    const parts = catalogKindKeys.map((kind) => {
      const { table, c } = tableOf(catalogKinds[kind]);
      return sql`(select ${kind}::text as kind, ${c.id}::text as id, ${c.name} as name from ${table} where ${liveWhere(c)} order by ${c.name} limit 1000)`;
    });
    const rows = (await tx.execute(sql.join(parts, sql` union all `))) as unknown as Array<{ kind: CatalogKindKey; id: string; name: string }>;
    const items: Items = new Map(catalogKindKeys.map((k) => [k, []]));
    for (const r of rows) items.get(r.kind)!.push({ key: r.id, label: r.name });
    return items;
  });
}

async function itemsOf(ctx: AnyCtx, kind: CatalogKindKey): Promise<AssignableItem[]> {
  // Keyed by the open transaction (fresh for every request): a write in another transaction is never hidden.
  const key = ctx.db?.tx;
  if (!key) return (await loadAll(ctx)).get(kind)!;
  let all = loaded.get(key);
  if (!all) {
    all = loadAll(ctx);
    loaded.set(key, all);
  }
  return (await all).get(kind)!;
}

export const catalogAssignableTypes = Object.fromEntries(
  catalogKindKeys.map((kind) => [
    kind,
    registerAssignableType<{ enabled: boolean }>({
      type: catalogAssignableTypeNames[kind],
      label: labels[kind][0],
      description: labels[kind][1],
      valueSchema: z.object({ enabled: z.boolean({ error: 'enabled must be true or false' }) }).strict(),
      listItems: (ctx) => itemsOf(ctx, kind),
      isAvailable: (v) => v.enabled,
      formatValue: (v) => (v.enabled ? 'Offered' : 'Withheld'),
    }),
  ]),
) as Record<CatalogKindKey, AssignableType<{ enabled: boolean }>>;
