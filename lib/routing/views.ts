import 'server-only';
import type { RouteCheckFindingRow, RouteCheckRow, RouteEntryRow, RouteGroupRow, RoutingPlanRow } from '@/db/schema';

import { signedMicroToDecimal } from './money';

export { signedMicroToDecimal };

export type RoutingPlanView = ReturnType<typeof routingPlanView>;
export const routingPlanView = (r: RoutingPlanRow) => ({
  id: r.id,
  tenantId: r.tenantId,
  name: r.name,
  status: r.status,
  marginFloor: signedMicroToDecimal(r.marginFloorMicro),
  marginFloorMicro: r.marginFloorMicro,
  description: r.description,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

/** A supplier of a list as shown: the interconnect and its carrier by name. */
export type RouteSupplierView = {
  interconnectId: string;
  interconnectName: string;
  carrierId: string;
  carrierName: string;
  carrierCode: string;
  position: number;
  weight: number;
  qualityTier: number;
  supplierRatePlanId: string | null;
  active: boolean;
};

export type RouteEntryView = ReturnType<typeof routeEntryView>;
export const routeEntryView = (r: RouteEntryRow, suppliers: RouteSupplierView[], groupName: string | null) => ({
  id: r.id,
  planId: r.planId,
  prefix: r.prefix,
  method: r.method,
  groupId: r.groupId,
  groupName,
  suppliers,
  updatedAt: r.updatedAt.toISOString(),
});

export type RouteGroupView = ReturnType<typeof routeGroupView>;
export const routeGroupView = (r: RouteGroupRow, suppliers: RouteSupplierView[], entryCount: number) => ({
  id: r.id,
  planId: r.planId,
  name: r.name,
  suppliers,
  entryCount,
  updatedAt: r.updatedAt.toISOString(),
});

export type RouteCheckView = ReturnType<typeof routeCheckView>;
export const routeCheckView = (r: RouteCheckRow) => ({
  id: r.id,
  planId: r.planId,
  customerRatePlanId: r.customerRatePlanId,
  at: r.at.toISOString(),
  status: r.status,
  total: r.total,
  done: r.done,
  percent: r.total > 0 ? Math.floor((r.done * 100) / r.total) : r.status === 'succeeded' ? 100 : 0,
  counts: { noRoute: r.noRoute, negativeMargin: r.negativeMargin, singleSupplier: r.singleSupplier },
  jobId: r.jobId,
  error: r.error,
  startedAt: r.startedAt?.toISOString() ?? null,
  finishedAt: r.finishedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

export type RouteFindingView = ReturnType<typeof routeFindingView>;
export const routeFindingView = (r: RouteCheckFindingRow) => ({ id: r.id, checkId: r.checkId, prefix: r.prefix, kind: r.kind, detail: r.detail, candidates: r.candidates });

/** A supplier row as the API shows it (without the evaluation's internals). */
export const supplierView = (s: RouteSupplierView): RouteSupplierView => ({
  interconnectId: s.interconnectId,
  interconnectName: s.interconnectName,
  carrierId: s.carrierId,
  carrierName: s.carrierName,
  carrierCode: s.carrierCode,
  position: s.position,
  weight: s.weight,
  qualityTier: s.qualityTier,
  supplierRatePlanId: s.supplierRatePlanId,
  active: s.active,
});
