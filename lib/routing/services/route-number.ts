import type { Ctx } from '@/lib/context';
import { microToDecimal } from '@/lib/rates/money';
import { parseInput, type InputOf } from '@/lib/validation';
import { routingScope } from '../access';
import { evaluate, matchEntry, rankedView, rateCache, reasonView, supplierLists } from '../evaluate';
import { routeNumberSchema } from '../schemas';
import { signedMicroToDecimal } from '../money';
import { customerPlanById, customerPlanOfAccount } from './customer-plan';
import { loadRoutingPlan } from './load';

/**
 * "Route a number": for a dialled number, an instant and a customer (its sell plan, directly or
 * through its customer account), the entry of the longest matching prefix, its suppliers in the
 * order calls would try them with their buy rates and margins, and why each skipped one was
 * skipped. Reads only; rates come from lib/rates (rateFor).
 */
export async function routeNumber({ ctx, input }: { ctx: Ctx; input: InputOf<typeof routeNumberSchema> }) {
  const scope = await routingScope(ctx, 'class4.read');
  const data = parseInput(routeNumberSchema, input);
  const at = data.at ?? new Date();
  return scope.run(async (tx) => {
    const plan = await loadRoutingPlan(tx, data.routingPlanId);
    const customer = data.customerRatePlanId ? await customerPlanById(tx, plan, data.customerRatePlanId) : await customerPlanOfAccount(tx, plan, data.customerAccountId!);
    const rates = rateCache(tx, at);
    const sellMatch = await rates(customer.id, data.number);
    const entry = await matchEntry(tx, plan.id, data.number);
    const base = {
      routingPlanId: plan.id,
      number: data.number,
      at: at.toISOString(),
      marginFloor: signedMicroToDecimal(plan.marginFloorMicro),
      marginFloorMicro: plan.marginFloorMicro,
      customerRatePlan: { id: customer.id, name: customer.name, currency: customer.currency },
      sell: sellMatch && { prefix: sellMatch.prefix, destination: sellMatch.destination, rate: microToDecimal(sellMatch.rateMicro), rateMicro: sellMatch.rateMicro, blocked: sellMatch.blocked, currency: sellMatch.currency },
    };
    if (!entry) return { ...base, matchedPrefix: null, entryId: null, method: null, groupId: null, candidates: [], skipped: [] };
    const lists = await supplierLists(tx, entry.groupId ? { entryIds: [], groupIds: [entry.groupId] } : { entryIds: [entry.id], groupIds: [] });
    const result = await evaluate(rates, { plan, method: entry.method, suppliers: lists.get(entry.groupId ?? entry.id) ?? [], digits: data.number, sellPlanId: customer.id, sellMatch });
    return {
      ...base,
      matchedPrefix: entry.prefix,
      entryId: entry.id,
      method: entry.method,
      groupId: entry.groupId,
      candidates: result.candidates.map((c) => ({ rank: c.rank, shareBasisPoints: c.shareBasisPoints, ...rankedView(c) })),
      skipped: result.skipped.map((s) => ({ ...rankedView(s), ...reasonView(s.reason) })),
    };
  });
}
