import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { routeChecks, routeEntries, routeGroups, routingPlans, type RouteCheckRow, type RouteEntryRow, type RouteGroupRow, type RoutingPlanRow } from '@/db/schema';
import { NotFoundError } from '@/lib/errors';

export async function loadRoutingPlan(tx: Tx, id: string, lock = false): Promise<RoutingPlanRow> {
  const query = tx.select().from(routingPlans).where(eq(routingPlans.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('Routing plan not found');
  return row;
}

export async function loadRouteGroup(tx: Tx, id: string, lock = false): Promise<RouteGroupRow> {
  const query = tx.select().from(routeGroups).where(eq(routeGroups.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('Route group not found');
  return row;
}

export async function loadRouteEntry(tx: Tx, id: string): Promise<RouteEntryRow> {
  const [row] = await tx.select().from(routeEntries).where(eq(routeEntries.id, id));
  if (!row) throw new NotFoundError('Route entry not found');
  return row;
}

export async function loadRouteCheck(tx: Tx, id: string): Promise<RouteCheckRow> {
  const [row] = await tx.select().from(routeChecks).where(eq(routeChecks.id, id));
  if (!row) throw new NotFoundError('Route check not found');
  return row;
}
