import { eq } from 'drizzle-orm';
import { routeEntries } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { routingScope } from '../access';
import { idInputSchema } from '../schemas';
import { loadRouteEntry, loadRoutingPlan } from './load';

/** Deletes one route entry (its own supplier list goes with it; a group it used stays). */
export async function deleteRouteEntry({ ctx, input }: { ctx: Ctx; input: InputOf<typeof idInputSchema> }): Promise<{ id: string }> {
  const scope = await routingScope(ctx, 'class4.write');
  const { id } = parseInput(idInputSchema, input);
  return scope.run(async (tx, ctx) => {
    const entry = await loadRouteEntry(tx, id);
    await loadRoutingPlan(tx, entry.planId, true);
    await tx.delete(routeEntries).where(eq(routeEntries.id, id));
    await recordAudit(tx, ctx, { entity: 'routing_plan', entityId: entry.planId, action: 'entries.delete', before: entry, tenantId: entry.tenantId });
    await publishEvent(tx, ctx, 'route.entries.updated', { routingPlanId: entry.planId, upserted: [], deleted: [entry.prefix] }, { tenantId: entry.tenantId });
    return { id };
  });
}
