/**
 * Supplier import rules (issue 13 item 4; Digitalk's Business Rules): rule sets shared by supplier
 * (buy) plans (rate_plans.import_rule_set_id), checked row by row during a deck import
 * (applyImportRules, called by the import job), with the breaches listed in the import's report.
 */
export * from './schemas';
export * from './views';
export { createImportRuleSet } from './services/create-import-rule-set';
export { updateImportRuleSet } from './services/update-import-rule-set';
export { deleteImportRuleSet } from './services/delete-import-rule-set';
export { getImportRuleSet } from './services/get-import-rule-set';
export { listImportRuleSets, ruleSetListSpec } from './services/list-import-rule-sets';
export { listRateImportBreaches, rateImportBreachListSpec } from './services/list-rate-import-breaches';
export * from './api-schemas';
