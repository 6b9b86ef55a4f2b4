import { z } from 'zod';
import { ratePlanKinds, ratePlanVersionStatuses, roundingModes } from '@/db/schema/rates-values';

/** API contracts of /api/v1 rate plans (documentation and OpenAPI; not enforced). */

const pageInfo = z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number().int() });
const decimal = (what: string) => z.string().meta({ description: `${what}: exact decimal string, 6 decimals` });
const micro = (what: string) => z.number().int().meta({ description: `${what} in integer micro-units of the plan currency` });

export const ratePlanResponse = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  kind: z.enum(ratePlanKinds).meta({ description: 'sell = customer plan, buy = supplier plan' }),
  currency: z.string(),
  precision: z.number().int(),
  rounding: z.enum(roundingModes),
  description: z.string(),
  importRuleSetId: z.uuid().nullable().meta({ description: 'Supplier import rule set its decks are checked against (buy plans)' }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ratePlanVersionResponse = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  number: z.number().int(),
  status: z.enum(ratePlanVersionStatuses),
  notes: z.string(),
  publishedAt: z.string().nullable(),
  publishedBy: z.uuid().nullable(),
  supersededAt: z.string().nullable(),
  createdAt: z.string(),
  rowCount: z.number().int().optional(),
});
export const ratePlanDetailResponse = ratePlanResponse.extend({ versions: z.array(ratePlanVersionResponse) });
export const ratePlanPageResponse = z.object({ items: z.array(ratePlanResponse), pageInfo });

export const rateRowResponse = z.object({
  id: z.uuid(),
  versionId: z.uuid(),
  prefix: z.string(),
  destination: z.string(),
  rate: decimal('Rate per minute'),
  rateMicro: micro('Rate per minute'),
  connectionFee: decimal('Connection fee'),
  connectionFeeMicro: micro('Connection fee'),
  initialIncrement: z.number().int(),
  subsequentIncrement: z.number().int(),
  minimumCharge: decimal('Minimum charge'),
  minimumChargeMicro: micro('Minimum charge'),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  blocked: z.boolean(),
});
export const rateRowPageResponse = z.object({ items: z.array(rateRowResponse), pageInfo });
export const rateRowsResponse = z.object({ items: z.array(rateRowResponse) });
export const deletedRowsResponse = z.object({ deleted: z.number().int() });
export const rateLookupResponse = z.object({
  number: z.string(),
  at: z.string(),
  match: rateRowResponse
    .omit({ id: true })
    .extend({ planId: z.uuid(), rowId: z.uuid(), currency: z.string() })
    .nullable()
    .meta({ description: 'The longest prefix effective at `at` in the published version; null = no rate' }),
});

const listCommon = { q: z.string().optional(), sort: z.string().optional(), cursor: z.string().optional(), limit: z.string().optional() };
export const ratePlanListQuery = z.object({ ...listCommon, kind: z.enum(ratePlanKinds).optional(), currency: z.string().optional(), tenant: z.uuid().optional() });
export const rateRowListQuery = z.object({
  ...listCommon,
  q: z.string().optional().meta({ description: 'Typeahead: digits = prefix starts with; text = destination contains' }),
  blocked: z.enum(['true', 'false']).optional(),
});
export const rateLookupQuery = z.object({ number: z.string().meta({ description: 'E.164 number; +, spaces and dashes are ignored' }), at: z.string().optional().meta({ description: 'ISO 8601 instant; default now' }) });

export const myRatesQuery = z.object({
  ...listCommon,
  q: z.string().optional().meta({ description: 'Typeahead: digits = prefix starts with; text = destination contains' }),
  when: z.enum(['current', 'upcoming']).optional().meta({ description: 'current (default) = effective now; upcoming = effective later (announced changes)' }),
});
export const myRatesResponse = z.object({
  plan: ratePlanResponse.nullable().meta({ description: 'The sell plan assigned to your account; null = none (no rows)' }),
  version: z.object({ id: z.uuid(), number: z.number().int(), publishedAt: z.string().nullable() }).nullable(),
  items: z.array(rateRowResponse),
  pageInfo,
});
export const myRatesExportQuery = z.object({ when: z.enum(['current', 'upcoming']).optional() });
export const myRatesCsvResponse = z.string().meta({ description: 'CSV, one header line then one line per rate: prefix,destination,rate_per_minute,connection_fee,initial_increment,subsequent_increment,minimum_charge,effective_from,effective_to,blocked,currency' });
