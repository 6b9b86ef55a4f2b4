import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { carriers, carrierServices, type RoutingPlanRow } from '@/db/schema';
import { ValidationError } from '@/lib/errors';
// Not lib/rates' index: bench:route runs this in plain Node, which cannot load its server-only views.
import { ratePlanRef, type RatePlanRef } from '@/lib/rates/services/plan-ref';
import { RoutingRuleError } from '../constraints';

/** A customer (sell) plan of the routing plan's brand, by id. */
export async function customerPlanById(tx: Tx, plan: RoutingPlanRow, id: string, path = 'customerRatePlanId'): Promise<RatePlanRef> {
  const ref = await ratePlanRef(tx, id);
  if (!ref || ref.tenantId !== plan.tenantId) throw new ValidationError([{ path, message: 'choose a customer rate plan of the routing plan’s brand' }]);
  if (ref.kind !== 'sell') throw new RoutingRuleError('route_customer_plan', `rate plan ${ref.name} (${ref.id}) is a supplier (buy) plan`);
  return ref;
}

/**
 * The customer plan of a customer account: the account's carrier (carriers.customer_account_id),
 * the customer rating plans of its services, those routed by this plan first. One plan, or the
 * caller must choose it (the message lists how many there are).
 */
export async function customerPlanOfAccount(tx: Tx, plan: RoutingPlanRow, accountId: string): Promise<RatePlanRef> {
  const services = await tx
    .select({ planId: carrierServices.customerRatePlanId, routingPlanId: carrierServices.routingPlanId })
    .from(carrierServices)
    .innerJoin(carriers, eq(carriers.id, carrierServices.carrierId))
    .where(and(eq(carriers.tenantId, plan.tenantId), eq(carriers.customerAccountId, accountId), isNotNull(carrierServices.customerRatePlanId)));
  const routedHere = services.filter((s) => s.routingPlanId === plan.id);
  const ids = [...new Set((routedHere.length ? routedHere : services).map((s) => s.planId!))];
  if (ids.length === 0) throw new ValidationError([{ path: 'customerAccountId', message: 'this customer account has no carrier service with a customer rate plan: choose the customer rate plan' }]);
  if (ids.length > 1) throw new ValidationError([{ path: 'customerAccountId', message: `this customer account’s services use ${ids.length} customer rate plans: choose one` }]);
  return customerPlanById(tx, plan, ids[0]!, 'customerAccountId');
}
