import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { drizzle } from 'drizzle-orm/postgres-js';
import { carrierInterconnects, carriers, ratePlanRows, ratePlans, ratePlanVersions, routeEntries, routeGroups, routeSuppliers, routingPlans } from './schema';

type SeedTx = Parameters<Parameters<ReturnType<typeof drizzle>['transaction']>[0]>[0];

/** The customer plan the demo carrier services already name (db/seed-class4.ts), made real here. */
export const DEMO_SELL_PLAN_ID = '00000000-0000-4000-8000-00000000ca7e';
/** The routing plan the demo service "Rest of world" already names. */
export const DEMO_ROUTING_PLAN_ID = '00000000-0000-4000-8000-0000000c1a54';
const FROM = new Date('2025-01-01T00:00:00Z');

type Rows = Array<[prefix: string, destination: string, rate: number, blocked?: boolean]>;
/** Supplier (buy) plans by carrier code and egress interconnect name; rates in micro-units per minute. */
const BUY: Array<{ carrier: string; interconnect: string; name: string; currency: string; rows: Rows }> = [
  {
    carrier: 'ATLWV',
    interconnect: 'ATL NYC egress',
    name: 'Atlantic Wholesale buy',
    currency: 'USD',
    rows: [ ['1', 'USA/Canada', 4_000], ['44', 'United Kingdom', 12_000], ['447', 'United Kingdom mobile', 30_000], ['33', 'France', 15_000], ['49', 'Germany', 14_000] ],
  },
  { carrier: 'DEMOC', interconnect: 'DEMO LON egress', name: 'Demo Carrier buy', currency: 'USD', rows: [ ['1', 'USA/Canada', 5_500], ['44', 'United Kingdom', 10_000], ['447', 'United Kingdom mobile', 28_000] ] },
  {
    carrier: 'MERID',
    interconnect: 'MER FRA egress',
    name: 'Meridian buy',
    currency: 'USD',
    rows: [ ['44', 'United Kingdom', 13_500], ['447', 'United Kingdom mobile', 0, true], ['33', 'France', 11_000], ['49', 'Germany', 9_500] ],
  },
  { carrier: 'EUTRN', interconnect: 'EUT FRA egress', name: 'Euro Transit buy', currency: 'EUR', rows: [ ['33', 'France', 9_000], ['49', 'Germany', 8_000], ['44', 'United Kingdom', 11_000] ] },
];
const SELL: Rows = [ ['1', 'USA/Canada', 9_000], ['44', 'United Kingdom', 19_000], ['447', 'United Kingdom mobile', 42_000], ['33', 'France', 21_000], ['49', 'Germany', 20_000] ];

async function publishedPlan(tx: SeedTx, tenantId: string, plan: { id?: string; name: string; kind: 'sell' | 'buy'; currency: string; rows: Rows }): Promise<string> {
  const [found] = await tx.select({ id: ratePlans.id }).from(ratePlans).where(plan.id ? eq(ratePlans.id, plan.id) : and(eq(ratePlans.tenantId, tenantId), eq(ratePlans.name, plan.name)));
  if (found) return found.id;
  const [row] = await tx.insert(ratePlans).values({ ...(plan.id ? { id: plan.id } : {}), tenantId, name: plan.name, kind: plan.kind, currency: plan.currency }).returning({ id: ratePlans.id });
  // Rows go into a draft, which is then published (a published version takes no rows: rate_plans_immutable).
  const [version] = await tx.insert(ratePlanVersions).values({ tenantId, planId: row!.id, number: 1, notes: 'Sandbox demo rates' }).returning({ id: ratePlanVersions.id });
  await tx.insert(ratePlanRows).values(plan.rows.map(([prefix, destination, rateMicro, blocked]) => ({ tenantId, versionId: version!.id, prefix, destination, rateMicro, effectiveFrom: FROM, blocked: blocked ?? false })));
  await tx.update(ratePlanVersions).set({ status: 'published', publishedAt: new Date() }).where(eq(ratePlanVersions.id, version!.id));
  return row!.id;
}

/**
 * Demo routing (issue 12 item 4) on the root brand: supplier plans for the demo egress
 * interconnects (set where they have none), the customer plan the demo services name, and the
 * routing plan "Demo LCR" with entries over the demo suppliers (one EUR supplier, to show the
 * currency skip; a blocked mobile rate). Idempotent: plans are found by id or name first.
 */
/**
 * The demo routing plan's row, without entries: the Class 4 seed creates it before the service that
 * routes by it (carrier_services_routing_plan_fk), this seed fills it once the suppliers have plans.
 */
export async function ensureDemoRoutingPlan(tx: SeedTx, rootId: string): Promise<void> {
  await tx
    .insert(routingPlans)
    .values({ id: DEMO_ROUTING_PLAN_ID, tenantId: rootId, name: 'Demo LCR', status: 'draft', marginFloorMicro: 2_000, description: 'Least cost routing over the demo suppliers (sandbox).' })
    .onConflictDoNothing();
}

export async function seedDemoRouting(tx: SeedTx, rootId: string): Promise<void> {
  const codes = BUY.map((b) => b.carrier);
  const egress = await tx
    .select({ id: carrierInterconnects.id, name: carrierInterconnects.name, code: carriers.code, plan: carrierInterconnects.supplierRatePlanId })
    .from(carrierInterconnects)
    .innerJoin(carriers, eq(carriers.id, carrierInterconnects.carrierId))
    .where(and(eq(carriers.tenantId, rootId), inArray(carriers.code, codes), eq(carrierInterconnects.direction, 'egress')));
  const ic = new Map<string, string>();
  for (const b of BUY) {
    const found = egress.find((e) => e.code === b.carrier && e.name === b.interconnect);
    if (!found) continue;
    const planId = await publishedPlan(tx, rootId, { name: b.name, kind: 'buy', currency: b.currency, rows: b.rows });
    await tx.update(carrierInterconnects).set({ supplierRatePlanId: planId }).where(and(eq(carrierInterconnects.id, found.id), isNull(carrierInterconnects.supplierRatePlanId)));
    ic.set(b.carrier, found.id);
  }
  await publishedPlan(tx, rootId, { id: DEMO_SELL_PLAN_ID, name: 'Demo customer sell', kind: 'sell', currency: 'USD', rows: SELL });
  if (ic.size < BUY.length) return;
  await ensureDemoRoutingPlan(tx, rootId);
  // Idempotent: a plan that has its entries was seeded before (or edited by someone: left alone).
  const [seeded] = await tx.select({ id: routeEntries.id }).from(routeEntries).where(eq(routeEntries.planId, DEMO_ROUTING_PLAN_ID)).limit(1);
  if (seeded) return;
  const [group] = await tx.insert(routeGroups).values({ tenantId: rootId, planId: DEMO_ROUTING_PLAN_ID, name: 'Europe premium' }).returning({ id: routeGroups.id });
  await tx.insert(routeSuppliers).values([
    { tenantId: rootId, groupId: group!.id, position: 0, interconnectId: ic.get('MERID')!, qualityTier: 1 },
    { tenantId: rootId, groupId: group!.id, position: 1, interconnectId: ic.get('ATLWV')!, qualityTier: 2 },
  ]);
  const entries: Array<{ prefix: string; method: 'ordered' | 'weighted' | 'lcr'; group?: boolean; suppliers?: Array<[string, number, number]> }> = [
    { prefix: '1', method: 'ordered', suppliers: [ ['ATLWV', 100, 1], ['DEMOC', 100, 2] ] },
    { prefix: '44', method: 'lcr', suppliers: [ ['DEMOC', 100, 2], ['ATLWV', 100, 1], ['MERID', 100, 1] ] },
    { prefix: '447', method: 'lcr', suppliers: [ ['DEMOC', 100, 2], ['ATLWV', 100, 1], ['MERID', 100, 1] ] },
    { prefix: '33', method: 'ordered', group: true },
    { prefix: '49', method: 'weighted', suppliers: [ ['MERID', 70, 1], ['EUTRN', 30, 1], ['ATLWV', 10, 2] ] },
  ];
  for (const e of entries) {
    const [row] = await tx.insert(routeEntries).values({ tenantId: rootId, planId: DEMO_ROUTING_PLAN_ID, prefix: e.prefix, method: e.method, groupId: e.group ? group!.id : null }).returning({ id: routeEntries.id });
    if (e.suppliers) await tx.insert(routeSuppliers).values(e.suppliers.map(([code, weight, qualityTier], position) => ({ tenantId: rootId, entryId: row!.id, position, interconnectId: ic.get(code)!, weight, qualityTier })));
  }
}
