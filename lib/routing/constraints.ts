import { constraintOf, type UniqueField } from '@/lib/constraint-errors';
import { AppError, ValidationError } from '@/lib/errors';

/**
 * The routing rules by the database constraint (or trigger refusal) that enforces each: the
 * services check them first and name the record; a write that gets past them is refused by the
 * database and withRoutingErrors gives the same message.
 */
export const routingRules = {
  routing_suppliers_supplier_plan: 'Routing refuses an egress interconnect without a supplier rating plan (margin enforcement)',
  route_suppliers_egress_interconnect: 'Routes go to egress interconnects of the plan’s brand only',
  route_entries_group_fk: 'A route group is used by entries of its own plan, and is not deleted while they use it',
  route_checks_draft_only: 'The route table check runs on a draft routing plan',
  route_checks_one_running: 'A routing plan has one route table check running at a time',
  route_customer_plan: 'Margins are computed against a customer (sell) rate plan of the same brand',
  carrier_services_routing_plan_fk: 'A routing plan that carrier services route by is not deleted: route those services elsewhere first',
} as const;
export type RoutingRule = keyof typeof routingRules;

const uniqueFields: Record<string, UniqueField> = {
  routing_plans_tenant_name_key: { path: 'name', message: 'another routing plan already has this name' },
  route_groups_plan_name_key: { path: 'name', message: 'this plan already has a route group with this name' },
  route_entries_plan_prefix_key: { path: 'prefix', message: 'this plan already has an entry for this prefix' },
};

export class RoutingRuleError extends AppError {
  constructor(
    public readonly rule: RoutingRule,
    conflict: string,
  ) {
    super(409, 'rule_violation', `${routingRules[rule]}: ${conflict}`, { rule, conflict });
  }
}

/** Runs a write; a routing constraint refusal becomes its rule's message (409) or a field problem (422). */
export async function withRoutingErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const found = constraintOf(error, routingRules, uniqueFields);
    if (!found) throw error;
    if ('unique' in found) throw new ValidationError([found.unique]);
    throw new RoutingRuleError(found.rule, found.detail);
  }
}
