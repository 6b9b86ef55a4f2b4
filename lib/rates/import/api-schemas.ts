import { z } from 'zod';
import { rateChangeKinds, rateImportStatuses } from '@/db/schema/rate-imports-values';
import { safeText } from '@/lib/validation';

/** API contracts of /api/v1 deck imports (documentation and OpenAPI; not enforced). */

const pageInfo = z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number().int() });

/** The upload's options travel in the query string: the body is the deck itself (text/csv). */
export const startImportQuery = z.object({
  fileName: safeText().max(255).optional(),
  delimiter: z.enum(['auto', ',', ';', 'tab']).optional(),
  encoding: z.enum(['auto', 'utf-8', 'latin1']).optional(),
  dateOrder: z.enum(['auto', 'dmy', 'mdy', 'ymd']).optional(),
  defaultEffectiveFrom: z.string().max(40).optional(),
  mapping: z.string().max(4000).optional().meta({ description: 'JSON object: deck field -> header name, e.g. {"code":"Dial Code","rate":"Price"}' }),
});

const change = z.object({
  prefix: z.string(),
  destination: z.string(),
  kind: z.enum(rateChangeKinds),
  oldRate: z.string().nullable(),
  newRate: z.string().nullable(),
  changePercent: z.string().nullable().meta({ description: 'Exact percent with 2 decimals ("-25.00"); null for new/removed or from 0' }),
});

export const rateImportResponse = z.object({
  id: z.uuid(),
  planId: z.uuid(),
  status: z.enum(rateImportStatuses),
  fileName: z.string(),
  fileBytes: z.number().int(),
  delimiter: z.string().nullable(),
  encoding: z.string().nullable(),
  versionId: z.uuid().nullable(),
  baseVersionId: z.uuid().nullable(),
  rowsTotal: z.number().int(),
  rowsStaged: z.number().int(),
  rowsRejected: z.number().int(),
  errorCount: z.number().int(),
  summary: z
    .object({
      counts: z.record(z.string(), z.number().int()),
      closed: z.number().int(),
      ruleSet: z.object({ id: z.uuid(), name: z.string() }).nullable().optional().meta({ description: 'The supplier import rule set the rows were checked against' }),
      breaches: z.object({ alert: z.number().int(), reject: z.number().int(), block: z.number().int() }).optional().meta({ description: 'Rule breaches by action taken' }),
    })
    .nullable(),
  failure: z.string().nullable(),
  jobId: z.number().int().nullable(),
  progress: z.object({ done: z.number().nullable(), total: z.number().nullable(), percent: z.number().nullable(), message: z.string().nullable() }).nullable(),
  errorsAccepted: z.boolean(),
  errorsAcceptedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  largestChanges: z.array(change).optional(),
});

export const rateImportPageResponse = z.object({ items: z.array(rateImportResponse.omit({ largestChanges: true })), pageInfo });

export const rateImportErrorPageResponse = z.object({
  items: z.array(z.object({ id: z.number().int(), row: z.number().int(), field: z.string(), value: z.string(), reason: z.string() })),
  pageInfo,
});
export const rateImportChangePageResponse = z.object({ items: z.array(change), pageInfo });
export const listQuery = z.object({ limit: z.string().optional(), cursor: z.string().optional(), sort: z.string().optional(), q: z.string().optional(), kind: z.string().optional(), field: z.string().optional() });
export const importListQuery = listQuery.extend({ status: z.string().optional() });
