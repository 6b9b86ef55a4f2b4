import { asc } from 'drizzle-orm';
import { z } from 'zod';
import { registerAssignableType, type AssignableType } from '@/lib/assignments/registry';
import { platformTx, type AnyCtx } from '@/lib/context';
import { catalogKinds } from './kinds';
import { catalogKindKeys, type CatalogKindKey } from './schemas';
import { liveWhere, tableOf } from './store';

/**
 * The catalogue's kinds as assignable item types of the engine (lib/assignments): each live row is
 * an item (key = its id), offered (`enabled: true`) or withheld at ALL, category, group or customer
 * level. An item assigned nowhere is not offered (no default): the catalogue lists what exists,
 * the assignments decide who gets it. A row in the Trash is no longer listed as an item.
 */
export const catalogAssignableTypeNames: Record<CatalogKindKey, string> = {
  pops: 'pop',
  'voice-tiers': 'voice_tier',
  codecs: 'codec',
  'auth-methods': 'auth_method',
  'channel-plans': 'channel_plan',
  'did-countries': 'did_country',
  'did-providers': 'did_provider',
};

const labels: Record<CatalogKindKey, [string, string]> = {
  pops: ['POPs', 'Which points of presence the customer may send traffic to.'],
  'voice-tiers': ['Voice tiers', 'Which voice quality tiers the customer may buy.'],
  codecs: ['Codecs', 'Which codecs the customer’s trunks may negotiate.'],
  'auth-methods': ['Auth methods', 'How the customer’s trunks may authenticate.'],
  'channel-plans': ['Channel/CPS plans', 'Which capacity plans the customer may use.'],
  'did-countries': ['DID countries', 'Where the customer may buy numbers.'],
  'did-providers': ['DID providers', 'Which number suppliers serve the customer.'],
};

/** The items of one kind: its live rows, by name (the catalogue is small: a bound, not a page). */
async function itemsOf(ctx: AnyCtx, kind: CatalogKindKey) {
  const { table, c } = tableOf(catalogKinds[kind]);
  const rows = await platformTx(ctx, (tx) => tx.select({ id: c.id, name: c.name }).from(table).where(liveWhere(c)).orderBy(asc(c.name)).limit(1000));
  return rows.map((r) => ({ key: String(r.id), label: String(r.name) }));
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
