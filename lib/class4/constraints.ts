import { constraintOf, type ConstraintMatch, type UniqueField } from '@/lib/constraint-errors';
import { AppError, ValidationError } from '@/lib/errors';

/**
 * The Class 4 rules by the name of the database constraint (or trigger refusal) that enforces
 * each. The services check the rules first and name the conflicting record; when a write gets
 * past them (a race, a direct insert), the database refuses it and withRuleErrors turns the
 * constraint name into the same rule message, with the database's detail as the conflict.
 */
export const class4Rules = {
  carrier_interconnect_addresses_no_overlap: 'Ingress addresses of two carriers must not overlap on one POP',
  carrier_interconnect_addresses_tech_prefix_unique: 'A tech prefix is unique per ingress IP address on a POP',
  carrier_interconnects_direction_fits_type: 'A customer carrier has ingress interconnects only and a supplier carrier egress only',
  carriers_type_fits_interconnects: 'A carrier’s type must fit the direction of its interconnects',
  carriers_currency_kept: 'A currency a carrier has used is never removed',
  carrier_services_plan_currency: 'A service’s customer rating plan is in one of its carrier’s currencies',
  carrier_services_same_carrier: 'A service and its interconnect belong to the same carrier',
  carrier_services_ingress_interconnect: 'Services live on ingress interconnects only',
  carrier_services_route_egress: 'A service routes to an egress interconnect',
  carrier_services_routing_target: 'Routing to an interconnect needs the interconnect, routing to a plan needs the plan (and not both)',
  carrier_interconnects_supplier_plan_egress: 'Only egress interconnects carry a supplier rating plan',
  carrier_interconnects_carrier_fk: 'A carrier with interconnects cannot be deleted',
  carrier_services_carrier_fk: 'A carrier with services cannot be deleted',
  carrier_services_customer_plan_fk: 'A service’s customer rate plan is a rate plan of its brand (and a plan in use is not deleted)',
  carrier_interconnects_supplier_plan_fk: 'An interconnect’s supplier rate plan is a rate plan of its brand (and a plan in use is not deleted)',
  carrier_services_routing_plan_fk: 'A service’s routing plan is a routing plan of its brand (and a plan in use is not deleted)',
} as const;
export type Class4Rule = keyof typeof class4Rules;

/** Unique keys: a field problem, as for any duplicate name. */
const uniqueFields: Record<string, UniqueField> = {
  carriers_tenant_code_key: { path: 'code', message: 'another carrier already has this code' },
  carriers_tenant_name_key: { path: 'name', message: 'another carrier already has this name' },
  carriers_customer_account_key: { path: 'customerAccountId', message: 'this customer account is already linked to another carrier' },
  carrier_interconnects_carrier_name_key: { path: 'name', message: 'this carrier already has an interconnect with this name' },
  carrier_services_interconnect_name_key: { path: 'name', message: 'this interconnect already has a service with this name' },
};

/** 409 naming the rule (its constraint) and the conflicting record. */
export class RuleViolationError extends AppError {
  constructor(
    public readonly rule: Class4Rule,
    conflict: string,
  ) {
    super(409, 'rule_violation', `${class4Rules[rule]}: ${conflict}`, { rule, conflict });
  }
}

/** The rule a database error stands for, if any (with the database's detail). */
export function ruleOfDbError(error: unknown): ConstraintMatch<Class4Rule> {
  return constraintOf(error, class4Rules, uniqueFields);
}

/** Runs a write; a Class 4 constraint refusal becomes its rule's message. */
export async function withRuleErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const found = ruleOfDbError(error);
    if (!found) throw error;
    if ('unique' in found) throw new ValidationError([found.unique]);
    throw new RuleViolationError(found.rule, found.detail);
  }
}
