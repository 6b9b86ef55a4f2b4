/**
 * Rate plans (issue 13 item 1): customer (sell) and supplier (buy) plans with versions (draft ->
 * published -> superseded; a published version is immutable, by these services and by database
 * triggers) and rows (prefix, destination, rate per minute, fees, increments, effective dates,
 * blocked). Amounts are integer micro-units (money.ts), never floats. Other domains (routing LCR,
 * rating, the deck import) use these exports, never the tables (db/schema/rates.ts).
 *
 * Plans:    createRatePlan, updateRatePlan, getRatePlan (with versions), listRatePlans (keyset)
 * Versions: createDraftVersion (copies the published rows), getRatePlanVersion, publishRatePlanVersion
 * Rows:     addRateRows, updateRateRow, deleteRateRows (drafts only), listRateRows (typeahead by
 *           prefix-of or destination name, keyset, enforced max)
 * Import rules: createImportRuleSet, updateImportRuleSet, deleteImportRuleSet, getImportRuleSet,
 *           listImportRuleSets, listRateImportBreaches (./import-rules)
 * Refs:     ratePlanRef(tx, id) (kind, currency, brand: for Class 4's plan references)
 * Customer: listMyRates, exportMyRates (the account's assigned sell plan: current and upcoming rows;
 *           plans are assignable items, ./assignable.ts)
 * Lookup:   rateFor(tx, planId, digits, at) (longest prefix effective at `at` in the published
 *           version; one indexed query), ratesFor (the same for many numbers, one query), lookupRate (the same as a service), ratePlanRef (brand,
 *           kind and currency of a referenced plan)
 */
export * from './schemas';
export * from './money';
export * from './views';
export { ratesScope } from './access';
export { rateRules, RateRuleError, withRateErrors, type RateRule } from './constraints';
export { createRatePlan } from './services/create-rate-plan';
export { updateRatePlan } from './services/update-rate-plan';
export { getRatePlan, getRatePlanVersion } from './services/get-rate-plan';
export { listRatePlans, ratePlanListSpec } from './services/list-rate-plans';
export { createDraftVersion } from './services/create-draft-version';
export { publishRatePlanVersion } from './services/publish-version';
export { addRateRows } from './services/add-rate-rows';
export { updateRateRow } from './services/update-rate-row';
export { deleteRateRows } from './services/delete-rate-rows';
export { listRateRows, rateRowListSpec, rowSearch } from './services/list-rate-rows';
export { rateFor, ratesFor, lookupRate, prefixesOf, type RateMatch } from './services/rate-for';
export { ratePlanRef, type RatePlanRef } from './services/plan-ref';
export { listMyRates, myRatesWhen } from './services/list-my-rates';
export { exportMyRates } from './services/export-my-rates';
export { ratePlanType } from './assignable';
export * from './import';
export * from './import-rules';
export * from './api-schemas';
