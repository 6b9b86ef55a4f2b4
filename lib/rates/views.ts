import 'server-only';
import type { RatePlanRateRow, RatePlanRow, RatePlanVersionRow } from '@/db/schema';
import { microToDecimal } from './money';

export type RatePlanView = ReturnType<typeof ratePlanView>;
export const ratePlanView = (r: RatePlanRow) => ({
  id: r.id,
  tenantId: r.tenantId,
  name: r.name,
  kind: r.kind,
  currency: r.currency,
  precision: r.precision,
  rounding: r.rounding,
  description: r.description,
  importRuleSetId: r.importRuleSetId,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

export type RatePlanVersionView = ReturnType<typeof ratePlanVersionView>;
export const ratePlanVersionView = (v: RatePlanVersionRow, rowCount?: number) => ({
  id: v.id,
  planId: v.planId,
  number: v.number,
  status: v.status,
  notes: v.notes,
  publishedAt: v.publishedAt?.toISOString() ?? null,
  publishedBy: v.publishedBy,
  supersededAt: v.supersededAt?.toISOString() ?? null,
  createdAt: v.createdAt.toISOString(),
  ...(rowCount === undefined ? {} : { rowCount }),
});

/** A rate row: amounts as exact decimal strings (6 decimals) and as integer micro-units. */
export type RateRowView = ReturnType<typeof rateRowView>;
export const rateRowView = (r: RatePlanRateRow) => ({
  id: r.id,
  versionId: r.versionId,
  prefix: r.prefix,
  destination: r.destination,
  rate: microToDecimal(r.rateMicro),
  rateMicro: r.rateMicro,
  connectionFee: microToDecimal(r.connectionFeeMicro),
  connectionFeeMicro: r.connectionFeeMicro,
  initialIncrement: r.initialIncrement,
  subsequentIncrement: r.subsequentIncrement,
  minimumCharge: microToDecimal(r.minimumChargeMicro),
  minimumChargeMicro: r.minimumChargeMicro,
  effectiveFrom: r.effectiveFrom.toISOString(),
  effectiveTo: r.effectiveTo?.toISOString() ?? null,
  blocked: r.blocked,
});
