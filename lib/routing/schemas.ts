import { z } from 'zod';
import { MAX_PREFIX_DIGITS } from '@/db/schema/rates-values';
import { MAX_MARGIN_FLOOR_MICRO, ROUTE_MAX_QUALITY_TIER, ROUTE_MAX_SUPPLIERS, ROUTE_MAX_WEIGHT, routeMethods, routingPlanStatuses } from '@/db/schema/routing-values';
import { safeText } from '@/lib/validation';

/** Routing inputs, shared by the services, the API contracts and the admin forms. */

const uuid = (what: string) => z.uuid({ error: `must be ${what} id` });

/** A margin as an exact decimal string per minute ("0.0025", "-0.001") -> integer micro-units; numbers are refused (floats). */
export const marginText = z.string({ error: 'enter the margin floor as a decimal string such as "0.0010"' }).transform((text, ctx) => {
  const m = /^(-)?(\d{1,7})(?:\.(\d{1,6}))?$/.exec(text.trim());
  if (!m) {
    ctx.addIssue({ code: 'custom', message: 'enter a margin such as 0.0010 or -0.0005 (at most 6 decimals)' });
    return z.NEVER;
  }
  const micro = (BigInt(m[2]!) * 1_000_000n + BigInt((m[3] ?? '').padEnd(6, '0'))) * (m[1] ? -1n : 1n);
  if (micro > BigInt(MAX_MARGIN_FLOOR_MICRO) || -micro > BigInt(MAX_MARGIN_FLOOR_MICRO)) {
    ctx.addIssue({ code: 'custom', message: 'is too large' });
    return z.NEVER;
  }
  return Number(micro);
});

export const routePrefixSchema = z
  .string({ error: 'enter the prefix (digits)' })
  .trim()
  .regex(new RegExp(`^[0-9]{1,${MAX_PREFIX_DIGITS}}$`), { error: `must be 1 to ${MAX_PREFIX_DIGITS} digits (no +, spaces or letters)` });

const planFields = {
  name: safeText().trim().min(1, 'enter the plan name').max(120, 'must be at most 120 characters'),
  status: z.enum(routingPlanStatuses, { error: 'choose draft or active' }),
  marginFloor: marginText,
  description: safeText({ multiline: true }).max(4000, 'must be at most 4000 characters'),
};

export const createRoutingPlanSchema = z.strictObject({
  tenantId: uuid('a tenant').optional(),
  name: planFields.name,
  status: planFields.status.default('draft'),
  marginFloor: planFields.marginFloor.default(0),
  description: planFields.description.default(''),
});

export const updateRoutingPlanSchema = z.strictObject({
  id: uuid('a routing plan'),
  name: planFields.name.optional(),
  status: planFields.status.optional(),
  marginFloor: planFields.marginFloor.optional(),
  description: planFields.description.optional(),
});

export const idInputSchema = z.strictObject({ id: uuid('a record') });

export const supplierInputSchema = z.strictObject({
  interconnectId: uuid('an egress interconnect'),
  weight: z.number({ error: 'enter the weight' }).int('must be a whole number').min(0, 'must be 0 or more').max(ROUTE_MAX_WEIGHT, `must be at most ${ROUTE_MAX_WEIGHT}`).default(100),
  qualityTier: z.number({ error: 'enter the quality tier' }).int('must be a whole number').min(1, 'must be 1 (best) or more').max(ROUTE_MAX_QUALITY_TIER, `must be at most ${ROUTE_MAX_QUALITY_TIER}`).default(1),
});
export type SupplierInput = z.output<typeof supplierInputSchema>;

const supplierList = z
  .array(supplierInputSchema, { error: 'send a list of suppliers' })
  .max(ROUTE_MAX_SUPPLIERS, `at most ${ROUTE_MAX_SUPPLIERS} suppliers`)
  .refine((list) => new Set(list.map((s) => s.interconnectId)).size === list.length, { error: 'an interconnect is listed twice' });

export const MAX_ENTRIES_PER_CALL = 1000;

export const entryInputSchema = z
  .strictObject({
    prefix: routePrefixSchema,
    method: z.enum(routeMethods, { error: 'choose ordered, weighted or lcr' }),
    groupId: uuid('a route group').nullable().default(null),
    suppliers: supplierList.default([]),
  })
  .refine((e) => !(e.groupId && e.suppliers.length), { path: ['suppliers'], error: 'an entry uses a route group or its own suppliers, not both' })
  .refine((e) => e.groupId || e.suppliers.length, { path: ['suppliers'], error: 'add at least one supplier or choose a route group' });

export const upsertEntriesSchema = z.strictObject({
  planId: uuid('a routing plan'),
  entries: z
    .array(entryInputSchema, { error: 'send a list of entries' })
    .min(1, 'send at least one entry')
    .max(MAX_ENTRIES_PER_CALL, `at most ${MAX_ENTRIES_PER_CALL} entries per call`)
    .refine((list) => new Set(list.map((e) => e.prefix)).size === list.length, { error: 'a prefix is listed twice' }),
});

export const createRouteGroupSchema = z.strictObject({
  planId: uuid('a routing plan'),
  name: safeText().trim().min(1, 'enter the group name').max(120, 'must be at most 120 characters'),
  suppliers: supplierList.refine((l) => l.length > 0, { error: 'add at least one supplier' }),
});

export const updateRouteGroupSchema = z.strictObject({
  id: uuid('a route group'),
  name: safeText().trim().min(1, 'enter the group name').max(120, 'must be at most 120 characters').optional(),
  suppliers: supplierList.refine((l) => l.length > 0, { error: 'add at least one supplier' }).optional(),
});

const instant = (what: string) =>
  z.iso
    .datetime({ offset: true, error: `enter the ${what} as an ISO 8601 date-time such as 2026-01-01T00:00:00Z` })
    .transform((s) => new Date(s))
    .refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2999, { error: 'must be a date between 2000 and 2999' });

const dialled = safeText()
  .max(40, 'must be at most 40 characters')
  .transform((s) => s.replace(/[\s().+-]/g, ''))
  .pipe(z.string().regex(/^[0-9]{1,15}$/, { error: 'must be a phone number of 1 to 15 digits' }));

export const routeNumberSchema = z
  .strictObject({
    routingPlanId: uuid('a routing plan'),
    number: dialled,
    at: instant('time').optional(),
    customerRatePlanId: uuid('a customer rate plan').optional(),
    customerAccountId: uuid('a customer account').optional(),
  })
  .refine((i) => i.customerRatePlanId || i.customerAccountId, { path: ['customerRatePlanId'], error: 'choose the customer: a customer rate plan or a customer account' });

export const startRouteCheckSchema = z.strictObject({
  planId: uuid('a routing plan'),
  customerRatePlanId: uuid('a customer rate plan'),
  at: instant('time').optional(),
});
