/**
 * Routing (issue 12 item 4): routing plans per brand, route entries per prefix (ordered, weighted
 * or LCR supplier lists, or a route group's list), the margin floor, "route a number" and the
 * route table check (job routing.check). Buy and sell rates come from lib/rates (rateFor), never
 * its tables. Platform staff only (class4.read / class4.write).
 *
 * Plans:   createRoutingPlan, updateRoutingPlan, deleteRoutingPlan, getRoutingPlan, listRoutingPlans
 * Entries: upsertRouteEntries (by prefix, up to 1000 per call), deleteRouteEntry, listRouteEntries (prefix search)
 * Groups:  createRouteGroup, updateRouteGroup, deleteRouteGroup, listRouteGroups
 * Routing: routeNumber; rankSuppliers (rank.ts, pure)
 * Refs:    routingPlanRef(tx, id) (brand and name: for Class 4 services routed by a plan)
 * Check:   startRouteCheck, getRouteCheck, listRouteFindings; runRouteCheck (the job's work)
 */
export * from './schemas';
export * from './views';
export * from './api-schemas';
export { rankSuppliers, skipReasons, skipReasonText, type SkipReason, type SupplierIn } from './rank';
export { routingRules, RoutingRuleError, withRoutingErrors, type RoutingRule } from './constraints';
export { createRoutingPlan } from './services/create-routing-plan';
export { updateRoutingPlan } from './services/update-routing-plan';
export { deleteRoutingPlan } from './services/delete-routing-plan';
export { getRoutingPlan } from './services/get-routing-plan';
export { listRoutingPlans, routingPlanListSpec } from './services/list-routing-plans';
export { upsertRouteEntries } from './services/upsert-route-entries';
export { deleteRouteEntry } from './services/delete-route-entry';
export { listRouteEntries, routeEntryListSpec } from './services/list-route-entries';
export { createRouteGroup } from './services/create-route-group';
export { updateRouteGroup } from './services/update-route-group';
export { deleteRouteGroup } from './services/delete-route-group';
export { listRouteGroups, routeGroupListSpec } from './services/list-route-groups';
export { routeNumber } from './services/route-number';
export { routingPlanRef, type RoutingPlanRef } from './services/plan-ref';
export { startRouteCheck } from './services/start-route-check';
export { getRouteCheck } from './services/get-route-check';
export { listRouteFindings, routeFindingListSpec } from './services/list-route-findings';
export { runRouteCheck, findingsOf } from './services/run-route-check';
