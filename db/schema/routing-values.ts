/** Routing enumerations and limits (issue 12 item 4): a leaf module, shared by the schema, lib/routing and the browser. */
export const routingPlanStatuses = ['draft', 'active'] as const;
export type RoutingPlanStatus = (typeof routingPlanStatuses)[number];
/** ordered: the list's order; weighted: share of calls by weight; lcr: cheapest buy rate first, then quality tier. */
export const routeMethods = ['ordered', 'weighted', 'lcr'] as const;
export type RouteMethod = (typeof routeMethods)[number];
export const routeCheckStatuses = ['queued', 'running', 'succeeded', 'failed'] as const;
export type RouteCheckStatus = (typeof routeCheckStatuses)[number];
export const routeFindingKinds = ['no_route', 'negative_margin', 'single_supplier'] as const;
export type RouteFindingKind = (typeof routeFindingKinds)[number];

/** Suppliers in one entry's or group's list. */
export const ROUTE_MAX_SUPPLIERS = 32;
/** Quality tiers: 1 is the best; LCR breaks cost ties by tier. */
export const ROUTE_MAX_QUALITY_TIER = 9;
export const ROUTE_MAX_WEIGHT = 1000;
/** The margin floor's range (micro-units per minute, may be negative to accept a loss). */
export const MAX_MARGIN_FLOOR_MICRO = 1_000_000_000_000;
