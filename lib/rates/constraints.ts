import { driverError } from '@/db/client';
import { constraintOf, type UniqueField } from '@/lib/constraint-errors';
import { AppError, ValidationError } from '@/lib/errors';

/**
 * The rate plan rules by the database constraint (or trigger refusal) that enforces each; the
 * services check them first, the database refuses a write that gets past them (withRateErrors
 * turns the constraint name into the same message).
 */
export const rateRules = {
  rate_plan_versions_immutable: 'A published rate plan version is immutable: create a new draft',
  rate_plans_import_rule_set_fk: 'An import rule set used by supplier plans cannot be deleted: choose another rule set on those plans first',
  rate_plans_import_rules_buy_only: 'Only supplier (buy) plans have import rules',
} as const;
export type RateRule = keyof typeof rateRules;

const uniqueFields: Record<string, UniqueField> = {
  rate_plans_tenant_name_key: { path: 'name', message: 'another rate plan already has this name' },
  rate_plan_rows_version_prefix_from_key: { path: 'prefix', message: 'this version already has a row for this prefix from this date' },
  rate_plan_versions_one_draft: { path: 'planId', message: 'this plan already has a draft version' },
  rate_import_rule_sets_tenant_name_key: { path: 'name', message: 'another import rule set of this brand already has this name' },
};

export class RateRuleError extends AppError {
  constructor(
    public readonly rule: RateRule,
    conflict: string,
  ) {
    super(409, 'rule_violation', `${rateRules[rule]}: ${conflict}`, { rule, conflict });
  }
}

/** Runs a write; a rate plan constraint refusal becomes its rule's message (409) or a field problem (422). */
export async function withRateErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const cause = driverError(error) as { code?: string; constraint_name?: string; constraint?: string; detail?: string } | undefined;
    if ((cause?.constraint_name ?? cause?.constraint) === 'rate_plan_rows_no_overlap' && cause?.code === '23P01')
      throw new ValidationError([{ path: 'effectiveFrom', message: `the effective dates overlap another row of the same prefix (${cause.detail ?? 'same version'})` }]);
    const found = constraintOf(error, rateRules, uniqueFields);
    if (!found) throw error;
    if ('unique' in found) throw new ValidationError([found.unique]);
    throw new RateRuleError(found.rule, found.detail);
  }
}
