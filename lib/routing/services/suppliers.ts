import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { carrierInterconnects, routeSuppliers } from '@/db/schema';
import { ValidationError } from '@/lib/errors';
import { RoutingRuleError } from '../constraints';
import type { SupplierInput } from '../schemas';

/**
 * The service half of the supplier rules (the database holds the same by a foreign key and the
 * `routing_rules` trigger): every supplier is an egress interconnect of the plan's brand with a
 * supplier rating plan. `path` names the list in the input for field problems.
 */
export async function assertSuppliers(tx: Tx, tenantId: string, suppliers: readonly SupplierInput[], path: string): Promise<void> {
  if (!suppliers.length) return;
  const ids = [...new Set(suppliers.map((s) => s.interconnectId))];
  const found = await tx
    .select({ id: carrierInterconnects.id, name: carrierInterconnects.name, direction: carrierInterconnects.direction, plan: carrierInterconnects.supplierRatePlanId })
    .from(carrierInterconnects)
    .where(and(eq(carrierInterconnects.tenantId, tenantId), inArray(carrierInterconnects.id, ids)));
  suppliers.forEach((s, i) => {
    const ic = found.find((f) => f.id === s.interconnectId);
    if (!ic) throw new ValidationError([{ path: `${path}.${i}.interconnectId`, message: 'choose an egress interconnect of the plan’s brand' }]);
    if (ic.direction !== 'egress') throw new RoutingRuleError('route_suppliers_egress_interconnect', `interconnect ${ic.name} (${ic.id}) is ingress`);
    if (!ic.plan) throw new RoutingRuleError('routing_suppliers_supplier_plan', `interconnect ${ic.name} (${ic.id}) has no supplier rating plan`);
  });
}

/** Writes a list in order (position = index) for an entry or a group, replacing nothing: the caller cleared the old list. */
export async function insertSuppliers(tx: Tx, tenantId: string, owner: { entryId: string } | { groupId: string }, suppliers: readonly SupplierInput[]): Promise<void> {
  if (!suppliers.length) return;
  await tx.insert(routeSuppliers).values(
    suppliers.map((s, position) => ({
      tenantId,
      entryId: 'entryId' in owner ? owner.entryId : null,
      groupId: 'groupId' in owner ? owner.groupId : null,
      position,
      interconnectId: s.interconnectId,
      weight: s.weight,
      qualityTier: s.qualityTier,
    })),
  );
}
