import { z } from 'zod';
import { routeCheckStatuses, routeFindingKinds, routeMethods, routingPlanStatuses } from '@/db/schema/routing-values';
import { skipReasons } from './rank';

/** API contracts of /api/v1 routing (documentation and OpenAPI; not enforced). */

const pageInfo = z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number().int() });
const decimal = (what: string) => z.string().meta({ description: `${what}: exact decimal string, 6 decimals` });
const micro = (what: string) => z.number().int().meta({ description: `${what} in integer micro-units per minute` });

export const routingPlanResponse = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  status: z.enum(routingPlanStatuses),
  marginFloor: decimal('Margin floor per minute (sell - buy); negative accepts a loss'),
  marginFloorMicro: micro('Margin floor'),
  description: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const routingPlanPageResponse = z.object({ items: z.array(routingPlanResponse.extend({ entryCount: z.number().int() })), pageInfo });

const supplierResponse = z.object({
  interconnectId: z.uuid(),
  interconnectName: z.string(),
  carrierId: z.uuid(),
  carrierName: z.string(),
  carrierCode: z.string(),
  position: z.number().int(),
  weight: z.number().int(),
  qualityTier: z.number().int().meta({ description: '1 = best; LCR breaks cost ties by tier' }),
  supplierRatePlanId: z.uuid().nullable(),
  active: z.boolean(),
});

export const routeCheckResponse = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  customerRatePlanId: z.uuid(),
  at: z.string(),
  status: z.enum(routeCheckStatuses),
  total: z.number().int(),
  done: z.number().int(),
  percent: z.number().int(),
  counts: z.object({ noRoute: z.number().int(), negativeMargin: z.number().int(), singleSupplier: z.number().int() }),
  jobId: z.number().int().nullable(),
  error: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  createdAt: z.string(),
});
export const routingPlanDetailResponse = routingPlanResponse.extend({ counts: z.object({ entries: z.number().int(), groups: z.number().int() }), latestCheck: routeCheckResponse.nullable() });

export const routeEntryResponse = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  prefix: z.string(),
  method: z.enum(routeMethods),
  groupId: z.uuid().nullable(),
  groupName: z.string().nullable(),
  suppliers: z.array(supplierResponse),
  updatedAt: z.string(),
});
export const routeEntryPageResponse = z.object({ items: z.array(routeEntryResponse), pageInfo });
export const upsertedEntriesResponse = z.object({ items: z.array(z.object({ id: z.uuid(), prefix: z.string(), created: z.boolean() })) });

export const routeGroupResponse = z.object({ id: z.uuid(), planId: z.uuid(), name: z.string(), suppliers: z.array(supplierResponse), entryCount: z.number().int(), updatedAt: z.string() });
export const routeGroupPageResponse = z.object({ items: z.array(routeGroupResponse), pageInfo });
export const deletedResponse = z.object({ id: z.uuid() });

const ranked = z.object({
  interconnectId: z.uuid(),
  interconnectName: z.string(),
  carrierId: z.uuid(),
  carrierName: z.string(),
  carrierCode: z.string(),
  position: z.number().int(),
  weight: z.number().int(),
  qualityTier: z.number().int(),
  supplierRatePlanId: z.uuid().nullable(),
  buyPrefix: z.string().nullable(),
  currency: z.string().nullable(),
  buy: decimal('Buy rate per minute').nullable(),
  buyMicro: micro('Buy rate').nullable(),
  margin: decimal('Margin per minute (sell - buy)').nullable(),
  marginMicro: micro('Margin').nullable(),
});
export const routeNumberResponse = z.object({
  routingPlanId: z.uuid(),
  number: z.string(),
  at: z.string(),
  marginFloor: z.string(),
  marginFloorMicro: z.number().int(),
  customerRatePlan: z.object({ id: z.uuid(), name: z.string(), currency: z.string() }),
  sell: z.object({ prefix: z.string(), destination: z.string(), rate: z.string(), rateMicro: z.number().int(), blocked: z.boolean(), currency: z.string() }).nullable(),
  matchedPrefix: z.string().nullable().meta({ description: 'The longest entry prefix of the number; null = the plan has no route' }),
  entryId: z.uuid().nullable(),
  method: z.enum(routeMethods).nullable(),
  groupId: z.uuid().nullable(),
  candidates: z.array(ranked.extend({ rank: z.number().int(), shareBasisPoints: z.number().int().nullable().meta({ description: 'weighted: share of calls in basis points' }) })),
  skipped: z.array(ranked.extend({ reason: z.enum(skipReasons), reasonText: z.string() })),
});

export const routeFindingResponse = z.object({ id: z.uuid(), checkId: z.uuid(), prefix: z.string(), kind: z.enum(routeFindingKinds), detail: z.string(), candidates: z.number().int() });
export const routeFindingPageResponse = z.object({ items: z.array(routeFindingResponse), pageInfo });

const listCommon = { q: z.string().optional(), sort: z.string().optional(), cursor: z.string().optional(), limit: z.string().optional() };
export const routingPlanListQuery = z.object({ ...listCommon, status: z.enum(routingPlanStatuses).optional(), tenant: z.uuid().optional() });
export const routeEntryListQuery = z.object({ ...listCommon, q: z.string().optional().meta({ description: 'Prefix search: entries whose prefix starts with these digits' }), method: z.enum(routeMethods).optional() });
export const routeGroupListQuery = z.object(listCommon);
export const routeFindingListQuery = z.object({ ...listCommon, kind: z.enum(routeFindingKinds).optional() });
export const routeNumberQuery = z.object({
  number: z.string().meta({ description: 'E.164 number; +, spaces and dashes are ignored' }),
  at: z.string().optional().meta({ description: 'ISO 8601 instant; default now' }),
  customerRatePlanId: z.uuid().optional().meta({ description: 'The customer (sell) rate plan; or customerAccountId' }),
  customerAccountId: z.uuid().optional().meta({ description: 'A customer account whose carrier services name one customer rate plan' }),
});
