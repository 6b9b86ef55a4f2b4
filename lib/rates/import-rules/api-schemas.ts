import { z } from 'zod';
import { importRuleActions } from '@/db/schema/rates-values';
import { ruleFieldOf } from './schemas';

/** API contracts of /api/v1 supplier import rule sets and import breaches (documentation and OpenAPI; not enforced). */

const pageInfo = z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number().int() });
const action = z.enum(importRuleActions);
const notice = z.object({ days: z.number().int(), action });
const change = z.object({ percent: z.string().meta({ description: 'Exact percent with 2 decimals ("25.00")' }), action });
const increments = z.object({ allowed: z.array(z.number().int()), action });

export const ruleSetResponse = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  description: z.string(),
  rules: z.object({
    increaseNotice: notice,
    decreaseNotice: notice,
    newNotice: notice,
    maxIncrease: change,
    maxDecrease: change,
    initialIncrements: increments,
    subsequentIncrements: increments,
  }),
  planCount: z.number().int().optional().meta({ description: 'Supplier plans whose imports use this set' }),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const ruleSetPageResponse = z.object({ items: z.array(ruleSetResponse), pageInfo });
export const ruleSetDeletedResponse = z.object({ id: z.uuid(), deleted: z.literal(true) });
export const ruleSetListQuery = z.object({ limit: z.string().optional(), cursor: z.string().optional(), sort: z.string().optional(), q: z.string().optional(), tenant: z.string().optional() });

export const rateImportBreachPageResponse = z.object({
  items: z.array(z.object({ id: z.number().int(), row: z.number().int(), prefix: z.string(), rule: z.enum(Object.values(ruleFieldOf) as [string, ...string[]]), action: z.enum(['alert', 'reject', 'block']), detail: z.string() })),
  pageInfo,
});
export const breachListQuery = z.object({ limit: z.string().optional(), cursor: z.string().optional(), sort: z.string().optional(), action: z.string().optional() });
