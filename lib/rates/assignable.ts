import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { ratePlans } from '@/db/schema';
import { registerAssignableType } from '@/lib/assignments/registry';
import { platformTx } from '@/lib/context';

/**
 * Sell rate plans as assignable items of the engine (lib/assignments; docs/DECISIONS.md): the link
 * from a customer account to the plan that rates it. Assigned like any item (ALL, category, group
 * or customer level; the most specific wins), so a category can carry the default plan and one
 * customer a special one. An account with no plan assigned has no Rates page content.
 */
export const ratePlanType = registerAssignableType<{ enabled: boolean }>({
  type: 'rate_plan',
  label: 'Rate plans',
  description: 'Which sell rate plan rates the customer (its Rates page shows that plan’s current and upcoming rates).',
  valueSchema: z.object({ enabled: z.boolean({ error: 'enabled must be true or false' }) }).strict(),
  // Sell plans only, by name (a brand has few plans: a bound, not a page).
  listItems: (ctx) =>
    platformTx(ctx, async (tx) =>
      (await tx.select({ id: ratePlans.id, name: ratePlans.name, currency: ratePlans.currency }).from(ratePlans).where(eq(ratePlans.kind, 'sell')).orderBy(asc(ratePlans.name)).limit(1000)).map((p) => ({
        key: p.id,
        label: `${p.name} (${p.currency})`,
      })),
    ),
  isAvailable: (v) => v.enabled,
  formatValue: (v) => (v.enabled ? 'Rates this customer' : 'Not used'),
});
