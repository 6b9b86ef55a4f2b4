import { and, eq, inArray, sql } from 'drizzle-orm';
import { routeEntries, routeGroups, routeSuppliers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { publishEvent } from '@/lib/webhooks/publish-event';
import { routingScope } from '../access';
import { withRoutingErrors } from '../constraints';
import { upsertEntriesSchema } from '../schemas';
import { loadRoutingPlan } from './load';
import { assertSuppliers, insertSuppliers } from './suppliers';

/**
 * Writes up to 1000 entries of a plan by prefix: a new prefix is added, an existing one gets the
 * method, group and supplier list given (its old list is replaced). All or nothing, one audit event.
 */
export async function upsertRouteEntries({ ctx, input }: { ctx: Ctx; input: InputOf<typeof upsertEntriesSchema> }): Promise<{ items: Array<{ id: string; prefix: string; created: boolean }> }> {
  const scope = await routingScope(ctx, 'class4.write');
  const data = parseInput(upsertEntriesSchema, input);
  return withRoutingErrors(() =>
    scope.run(async (tx, ctx) => {
      const plan = await loadRoutingPlan(tx, data.planId, true);
      const groupIds = [...new Set(data.entries.map((e) => e.groupId).filter((g): g is string => !!g))];
      if (groupIds.length) {
        const groups = await tx.select({ id: routeGroups.id }).from(routeGroups).where(and(eq(routeGroups.planId, plan.id), inArray(routeGroups.id, groupIds)));
        data.entries.forEach((e, i) => {
          if (e.groupId && !groups.some((g) => g.id === e.groupId)) throw new ValidationError([{ path: `entries.${i}.groupId`, message: 'choose a route group of this plan' }]);
        });
      }
      for (const [i, e] of data.entries.entries()) await assertSuppliers(tx, plan.tenantId, e.suppliers, `entries.${i}.suppliers`);
      const rows = await tx
        .insert(routeEntries)
        .values(data.entries.map((e) => ({ tenantId: plan.tenantId, planId: plan.id, prefix: e.prefix, method: e.method, groupId: e.groupId })))
        .onConflictDoUpdate({ target: [routeEntries.planId, routeEntries.prefix], set: { method: sql`excluded.method`, groupId: sql`excluded.group_id`, updatedAt: sql`now()` } })
        .returning({ id: routeEntries.id, prefix: routeEntries.prefix, created: sql<boolean>`(xmax = 0)` });
      const idOf = new Map(rows.map((r) => [r.prefix, r.id]));
      await tx.delete(routeSuppliers).where(inArray(routeSuppliers.entryId, rows.map((r) => r.id)));
      for (const e of data.entries) await insertSuppliers(tx, plan.tenantId, { entryId: idOf.get(e.prefix)! }, e.suppliers);
      const prefixes = rows.map((r) => r.prefix);
      await recordAudit(tx, ctx, { entity: 'routing_plan', entityId: plan.id, action: 'entries.upsert', after: data.entries, tenantId: plan.tenantId });
      await publishEvent(tx, ctx, 'route.entries.updated', { routingPlanId: plan.id, upserted: prefixes.slice(0, 100), deleted: [] }, { tenantId: plan.tenantId });
      return { items: rows.map((r) => ({ id: r.id, prefix: r.prefix, created: Boolean(r.created) })) };
    }),
  );
}
