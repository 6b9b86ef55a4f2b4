import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { routingPlans } from '@/db/schema';

export type RoutingPlanRef = { id: string; tenantId: string; name: string; status: string };

/**
 * A routing plan as another domain refers to it (a Class 4 service routed by it): brand, name and
 * status, read in the caller's transaction (no permission of its own: the calling service checked).
 */
export async function routingPlanRef(tx: Tx, planId: string): Promise<RoutingPlanRef | null> {
  const [row] = await tx.select({ id: routingPlans.id, tenantId: routingPlans.tenantId, name: routingPlans.name, status: routingPlans.status }).from(routingPlans).where(eq(routingPlans.id, planId));
  return row ?? null;
}
