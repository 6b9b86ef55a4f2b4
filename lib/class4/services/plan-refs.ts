import type { Tx } from '@/db/client';
import type { CarrierRow } from '@/db/schema';
import { ValidationError } from '@/lib/errors';
import { ratePlanRef } from '@/lib/rates';
import { routingPlanRef } from '@/lib/routing';

/**
 * The rate plan references of Class 4 (issue 13), checked through lib/rates: a service is rated by a
 * sell plan of the carrier's brand whose currency is the service's rating currency (one of the
 * carrier's); an egress interconnect is costed by a buy plan of the brand in one of the carrier's
 * currencies. The foreign keys (carrier_services_customer_plan_fk, carrier_interconnects_supplier_plan_fk)
 * refuse a plan of another brand or none at all if a write gets past this.
 */
async function planOf(tx: Tx, carrier: CarrierRow, planId: string, path: string) {
  const plan = await ratePlanRef(tx, planId);
  if (!plan || plan.tenantId !== carrier.tenantId) throw new ValidationError([{ path, message: 'choose a rate plan of this carrier’s brand' }]);
  return plan;
}

export async function assertCustomerPlan(tx: Tx, carrier: CarrierRow, planId: string | null, currency: string | null) {
  if (!planId) return;
  const plan = await planOf(tx, carrier, planId, 'customerRatePlanId');
  if (plan.kind !== 'sell') throw new ValidationError([{ path: 'customerRatePlanId', message: `${plan.name} is a buy (supplier) plan: a service is rated by a sell plan` }]);
  if (currency !== null && plan.currency !== currency) throw new ValidationError([{ path: 'ratePlanCurrency', message: `${plan.name} is in ${plan.currency}, not ${currency}` }]);
}

export async function assertSupplierPlan(tx: Tx, carrier: CarrierRow, planId: string | null) {
  if (!planId) return;
  const plan = await planOf(tx, carrier, planId, 'supplierRatePlanId');
  if (plan.kind !== 'buy') throw new ValidationError([{ path: 'supplierRatePlanId', message: `${plan.name} is a sell (customer) plan: an egress interconnect is costed by a buy plan` }]);
  if (!carrier.currencies.includes(plan.currency))
    throw new ValidationError([{ path: 'supplierRatePlanId', message: `${plan.name} is in ${plan.currency}, not a currency of carrier ${carrier.name} (${carrier.currencies.join(', ')})` }]);
}

/** A service routed by a routing plan: a plan of the carrier's brand (carrier_services_routing_plan_fk refuses any other). */
export async function assertRoutingPlan(tx: Tx, carrier: CarrierRow, planId: string | null) {
  if (!planId) return;
  const plan = await routingPlanRef(tx, planId);
  if (!plan || plan.tenantId !== carrier.tenantId) throw new ValidationError([{ path: 'routingPlanId', message: 'choose a routing plan of this carrier’s brand' }]);
}
