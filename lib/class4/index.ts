/**
 * Class 4 carrier management (issue 12 items 1-3), the Digitalk model: carriers, interconnects,
 * services. Other domains (routing, rating, sync) call these services and helpers, never the
 * tables (db/schema/class4.ts). Every service takes ({ ctx, input }), checks class4.read /
 * class4.write first (access.ts: platform staff everywhere, a carrier user its own carrier,
 * read-only), runs in one transaction with its audit event and webhook event.
 *
 * Carriers:      createCarrier, updateCarrier, deleteCarrier, getCarrier (contacts, balances and
 *                net exposure, linked users), listCarriers, linkCarrierUsers
 * Interconnects: createInterconnect, updateInterconnect, deleteInterconnect, getInterconnect, listInterconnects
 * Services:      createService, updateService, deleteService, getService, listServices
 * Rules:         class4Rules / RuleViolationError / withRuleErrors (constraints.ts): a constraint
 *                name of the database -> the rule's message
 */
export * from './schemas';
export * from './services/carriers';
export * from './services/interconnects';
export * from './services/carrier-services';
export { class4Scope, class4WriteScope, type Class4Scope } from './access';
export { class4Rules, RuleViolationError, withRuleErrors, ruleOfDbError, type Class4Rule } from './constraints';
export { cidrsOverlap, isIpOrCidr, normaliseCidr } from './cidr';
export * from './views';
export * from './api-schemas';
