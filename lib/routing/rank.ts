import type { RouteMethod } from '@/db/schema/routing-values';

/**
 * The ranking of a route entry's suppliers for one number: pure (no database), so the routing
 * rules are unit-tested and property-tested on their own. routeNumber and the route table check
 * feed it the suppliers with their buy rates (lib/rates) and the customer's sell rate.
 */

export const skipReasons = ['interconnect_disabled', 'carrier_suspended', 'no_supplier_plan', 'no_rate', 'blocked_rate', 'currency_mismatch', 'no_sell_rate', 'margin_below_floor'] as const;
export type SkipReason = (typeof skipReasons)[number];

export const skipReasonText: Record<SkipReason, string> = {
  interconnect_disabled: 'the egress interconnect is disabled',
  carrier_suspended: 'the supplier carrier is suspended',
  no_supplier_plan: 'the egress interconnect has no supplier rating plan',
  no_rate: 'the supplier plan has no rate for this number',
  blocked_rate: 'the supplier plan blocks this destination',
  currency_mismatch: 'the supplier plan is in another currency than the customer plan',
  no_sell_rate: 'the customer plan has no (unblocked) rate for this number: the margin cannot be enforced',
  margin_below_floor: 'the margin is below the plan’s floor',
};

export type BuyRate = { rateMicro: number; blocked: boolean; prefix: string; currency: string };

export type SupplierIn = {
  interconnectId: string;
  position: number;
  weight: number;
  qualityTier: number;
  active: boolean;
  carrierActive: boolean;
  supplierRatePlanId: string | null;
  /** The supplier plan's rate for the number (null = none); undefined when there is no plan. */
  buy: BuyRate | null | undefined;
};

export type SellRate = { rateMicro: number; blocked: boolean; currency: string } | null;

export type Candidate<S extends SupplierIn> = S & { rank: number; buyMicro: number; marginMicro: number; shareBasisPoints: number | null };
export type Skipped<S extends SupplierIn> = S & { reason: SkipReason; buyMicro: number | null; marginMicro: number | null };

/** Why a supplier cannot take the call, or null when it can (before the margin floor). */
function baseReason(s: SupplierIn, sell: SellRate): SkipReason | null {
  if (!s.active) return 'interconnect_disabled';
  if (!s.carrierActive) return 'carrier_suspended';
  if (!s.supplierRatePlanId) return 'no_supplier_plan';
  if (!s.buy) return 'no_rate';
  if (s.buy.blocked) return 'blocked_rate';
  if (!sell || sell.blocked) return 'no_sell_rate';
  if (s.buy.currency !== sell.currency) return 'currency_mismatch';
  return null;
}

/**
 * Ranks the suppliers: each is a candidate or skipped with its reason. A candidate always leaves
 * at least the margin floor (sell - buy >= floor, per minute, exact integers). Order:
 * - ordered: the list's order (position);
 * - weighted: heaviest first (share of calls in basis points of the candidates' total weight);
 * - lcr: cheapest buy rate first, then the better (lower) quality tier, then position.
 */
export function rankSuppliers<S extends SupplierIn>(input: { method: RouteMethod; sell: SellRate; marginFloorMicro: number; suppliers: readonly S[] }): { candidates: Candidate<S>[]; skipped: Skipped<S>[] } {
  const kept: Array<S & { buyMicro: number; marginMicro: number }> = [];
  const skipped: Skipped<S>[] = [];
  for (const s of input.suppliers) {
    const reason = baseReason(s, input.sell);
    const buyMicro = s.buy ? s.buy.rateMicro : null;
    if (reason) {
      const margin = input.sell && !input.sell.blocked && buyMicro !== null && s.buy?.currency === input.sell.currency ? input.sell.rateMicro - buyMicro : null;
      skipped.push({ ...s, reason, buyMicro, marginMicro: margin });
      continue;
    }
    const marginMicro = input.sell!.rateMicro - buyMicro!;
    if (marginMicro < input.marginFloorMicro) {
      skipped.push({ ...s, reason: 'margin_below_floor', buyMicro, marginMicro });
      continue;
    }
    kept.push({ ...s, buyMicro: buyMicro!, marginMicro });
  }
  const byPosition = (a: SupplierIn, b: SupplierIn) => a.position - b.position || (a.interconnectId < b.interconnectId ? -1 : a.interconnectId > b.interconnectId ? 1 : 0);
  const order =
    input.method === 'lcr'
      ? (a: (typeof kept)[number], b: (typeof kept)[number]) => a.buyMicro - b.buyMicro || a.qualityTier - b.qualityTier || byPosition(a, b)
      : input.method === 'weighted'
        ? (a: (typeof kept)[number], b: (typeof kept)[number]) => b.weight - a.weight || byPosition(a, b)
        : byPosition;
  kept.sort(order);
  const totalWeight = kept.reduce((sum, s) => sum + s.weight, 0);
  const candidates = kept.map((s, i) => ({
    ...s,
    rank: i + 1,
    shareBasisPoints: input.method === 'weighted' ? (totalWeight > 0 ? Math.floor((s.weight * 10_000) / totalWeight) : 0) : null,
  }));
  return { candidates, skipped };
}
