import { count, desc, eq } from 'drizzle-orm';
import { routeChecks, routeEntries, routeGroups } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { routingScope } from '../access';
import { idInputSchema } from '../schemas';
import { routeCheckView, routingPlanView } from '../views';
import { loadRoutingPlan } from './load';

/** One routing plan with its entry and group counts and its latest route table check. */
export async function getRoutingPlan({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }) {
  const scope = await routingScope(ctx, 'class4.read');
  const { id } = parseInput(idInputSchema, input);
  return scope.run(async (tx) => {
    const row = await loadRoutingPlan(tx, id);
    const [entries] = await tx.select({ n: count() }).from(routeEntries).where(eq(routeEntries.planId, id));
    const [groups] = await tx.select({ n: count() }).from(routeGroups).where(eq(routeGroups.planId, id));
    const [check] = await tx.select().from(routeChecks).where(eq(routeChecks.planId, id)).orderBy(desc(routeChecks.createdAt), desc(routeChecks.id)).limit(1);
    return { ...routingPlanView(row), counts: { entries: entries?.n ?? 0, groups: groups?.n ?? 0 }, latestCheck: check ? routeCheckView(check) : null };
  });
}
