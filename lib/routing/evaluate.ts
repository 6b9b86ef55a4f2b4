import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { carrierInterconnects, carriers, routeEntries, routeSuppliers, type RouteEntryRow, type RoutingPlanRow } from '@/db/schema';
// The lookup itself, not lib/rates' index: the worker (route table check) must not reach its server-only views.
import { prefixesOf, rateFor, ratesFor, type RateMatch } from '@/lib/rates/services/rate-for';
import { rankSuppliers, skipReasonText, type BuyRate, type Candidate, type SellRate, type Skipped, type SupplierIn } from './rank';
import { signedMicroToDecimal } from './money';
import type { RouteSupplierView } from './views';

/**
 * The database half of routing: the entry that matches a number (longest prefix), its suppliers
 * (its own list or its group's), their buy rates and the customer's sell rate from lib/rates
 * (rateFor: never the rates tables), then the pure ranking of rank.ts. Used by routeNumber and
 * by the route table check, in the caller's transaction.
 */

export type SupplierRow = RouteSupplierView & { ownerId: string; interconnectActive: boolean; carrierActive: boolean };

/** The entry of the longest prefix of `digits` in the plan (one indexed query), or null. */
export async function matchEntry(tx: Tx, planId: string, digits: string): Promise<RouteEntryRow | null> {
  const [row] = await tx
    .select()
    .from(routeEntries)
    .where(and(eq(routeEntries.planId, planId), inArray(routeEntries.prefix, prefixesOf(digits))))
    .orderBy(sql`length(${routeEntries.prefix}) desc`)
    .limit(1);
  return row ?? null;
}

/** The supplier lists of entries and groups (by owner id: the entry's or the group's), in position order. */
export async function supplierLists(tx: Tx, owners: { entryIds: string[]; groupIds: string[] }): Promise<Map<string, SupplierRow[]>> {
  const map = new Map<string, SupplierRow[]>();
  if (!owners.entryIds.length && !owners.groupIds.length) return map;
  const ownerCond =
    owners.entryIds.length && owners.groupIds.length
      ? sql`(${inArray(routeSuppliers.entryId, owners.entryIds)} or ${inArray(routeSuppliers.groupId, owners.groupIds)})`
      : owners.entryIds.length
        ? inArray(routeSuppliers.entryId, owners.entryIds)
        : inArray(routeSuppliers.groupId, owners.groupIds);
  const rows = await tx
    .select({
      entryId: routeSuppliers.entryId,
      groupId: routeSuppliers.groupId,
      position: routeSuppliers.position,
      weight: routeSuppliers.weight,
      qualityTier: routeSuppliers.qualityTier,
      interconnectId: carrierInterconnects.id,
      interconnectName: carrierInterconnects.name,
      interconnectStatus: carrierInterconnects.status,
      supplierRatePlanId: carrierInterconnects.supplierRatePlanId,
      carrierId: carriers.id,
      carrierName: carriers.name,
      carrierCode: carriers.code,
      carrierStatus: carriers.status,
    })
    .from(routeSuppliers)
    .innerJoin(carrierInterconnects, eq(carrierInterconnects.id, routeSuppliers.interconnectId))
    .innerJoin(carriers, eq(carriers.id, carrierInterconnects.carrierId))
    .where(ownerCond)
    .orderBy(asc(routeSuppliers.position));
  for (const r of rows) {
    const ownerId = (r.entryId ?? r.groupId)!;
    const list = map.get(ownerId) ?? [];
    list.push({
      ownerId,
      interconnectId: r.interconnectId,
      interconnectName: r.interconnectName,
      carrierId: r.carrierId,
      carrierName: r.carrierName,
      carrierCode: r.carrierCode,
      position: r.position,
      weight: r.weight,
      qualityTier: r.qualityTier,
      supplierRatePlanId: r.supplierRatePlanId,
      active: r.interconnectStatus === 'active' && r.carrierStatus === 'active',
      carrierActive: r.carrierStatus === 'active',
      interconnectActive: r.interconnectStatus === 'active',
    });
    map.set(ownerId, list);
  }
  return map;
}

export type RankedSupplier = SupplierIn & RouteSupplierView;

/**
 * Rates of one evaluation, memoised per plan and number (a plan shared by several suppliers is read
 * once). `prime` loads many numbers of one plan in one query (the route table check, per batch).
 */
export function rateCache(tx: Tx, at: Date) {
  const memo = new Map<string, Promise<RateMatch | null>>();
  const get = (planId: string, digits: string) => {
    const key = `${planId}:${digits}`;
    let hit = memo.get(key);
    if (!hit) memo.set(key, (hit = rateFor(tx, planId, digits, at)));
    return hit;
  };
  get.prime = async (planId: string, numbers: readonly string[]) => {
    const found = await ratesFor(tx, planId, numbers, at);
    for (const n of numbers) memo.set(`${planId}:${n}`, Promise.resolve(found.get(n) ?? null));
  };
  return get;
}

export type Evaluation = {
  sell: (SellRate & { prefix: string; destination: string }) | null;
  candidates: Candidate<RankedSupplier & { buyRate: BuyRate | null }>[];
  skipped: Skipped<RankedSupplier & { buyRate: BuyRate | null }>[];
};

/** Ranks one list of suppliers for a number against the customer's sell rate. */
export async function evaluate(
  rates: ReturnType<typeof rateCache>,
  input: { plan: RoutingPlanRow; method: RouteEntryRow['method']; suppliers: SupplierRow[]; digits: string; sellPlanId: string; sellMatch?: RateMatch | null },
): Promise<Evaluation> {
  const sellMatch = input.sellMatch !== undefined ? input.sellMatch : await rates(input.sellPlanId, input.digits);
  const sell = sellMatch ? { rateMicro: sellMatch.rateMicro, blocked: sellMatch.blocked, currency: sellMatch.currency, prefix: sellMatch.prefix, destination: sellMatch.destination } : null;
  const suppliers = await Promise.all(
    input.suppliers.map(async (s) => {
      const match = s.supplierRatePlanId ? await rates(s.supplierRatePlanId, input.digits) : undefined;
      const buy = match === undefined ? undefined : match && { rateMicro: match.rateMicro, blocked: match.blocked, prefix: match.prefix, currency: match.currency };
      return { ...s, active: s.interconnectActive, buy, buyRate: buy ?? null };
    }),
  );
  const ranked = rankSuppliers({ method: input.method, sell, marginFloorMicro: input.plan.marginFloorMicro, suppliers });
  return { sell, ...ranked };
}

const money = (micro: number | null) => (micro === null ? null : signedMicroToDecimal(micro));

/** The JSON of a ranked supplier (candidate or skipped). */
export function rankedView(s: RankedSupplier & { buyRate: BuyRate | null; buyMicro: number | null; marginMicro: number | null }) {
  return {
    interconnectId: s.interconnectId,
    interconnectName: s.interconnectName,
    carrierId: s.carrierId,
    carrierName: s.carrierName,
    carrierCode: s.carrierCode,
    position: s.position,
    weight: s.weight,
    qualityTier: s.qualityTier,
    supplierRatePlanId: s.supplierRatePlanId,
    buyPrefix: s.buyRate?.prefix ?? null,
    currency: s.buyRate?.currency ?? null,
    buy: money(s.buyMicro),
    buyMicro: s.buyMicro,
    margin: money(s.marginMicro),
    marginMicro: s.marginMicro,
  };
}

export const reasonView = (reason: keyof typeof skipReasonText) => ({ reason, reasonText: skipReasonText[reason] });
