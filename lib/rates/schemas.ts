import { z } from 'zod';
import { MAX_INCREMENT_SECONDS, MAX_PREFIX_DIGITS, ratePlanKinds, roundingModes } from '@/db/schema/rates-values';
import { isBillingCurrency } from '@/lib/billing/currencies';
import { safeText } from '@/lib/validation';
import { parseRateToMicro } from './money';

/** Shared by the services, the API contracts and the admin forms. */

const uuid = (what: string) => z.uuid({ error: `must be ${what} id` });
const currency = z
  .string({ error: 'choose a currency' })
  .trim()
  .toUpperCase()
  .refine(isBillingCurrency, { error: 'choose a currency (ISO 4217, e.g. EUR)' });

/** A rate as an exact decimal string ("0.0125") -> integer micro-units; numbers are refused (floats). */
export const rateText = (what: string) =>
  z.string({ error: `enter the ${what} as a decimal string such as "0.0125"` }).transform((text, ctx) => {
    const parsed = parseRateToMicro(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.error });
      return z.NEVER;
    }
    return parsed.micro;
  });

export const prefixSchema = z
  .string({ error: 'enter the prefix (digits)' })
  .trim()
  .regex(new RegExp(`^[0-9]{1,${MAX_PREFIX_DIGITS}}$`), { error: `must be 1 to ${MAX_PREFIX_DIGITS} digits (no +, spaces or letters)` });

const increment = (what: string) =>
  z
    .number({ error: `enter the ${what} in seconds` })
    .int('must be a whole number of seconds')
    .min(1, 'must be at least 1 second')
    .max(MAX_INCREMENT_SECONDS, `must be at most ${MAX_INCREMENT_SECONDS} seconds`);

const instant = (what: string) =>
  z.iso
    .datetime({ offset: true, error: `enter the ${what} as an ISO 8601 date-time such as 2026-01-01T00:00:00Z` })
    .transform((s) => new Date(s))
    .refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2999, { error: 'must be a date between 2000 and 2999' });

const planFields = {
  name: safeText().trim().min(1, 'enter the plan name').max(120, 'must be at most 120 characters'),
  kind: z.enum(ratePlanKinds, { error: 'choose sell (customer) or buy (supplier)' }),
  currency,
  precision: z.number({ error: 'enter the decimals (0-6)' }).int('must be a whole number').min(0, 'must be 0 to 6').max(6, 'must be 0 to 6'),
  rounding: z.enum(roundingModes, { error: 'choose up, down, half_up or half_even' }),
  description: safeText({ multiline: true }).max(4000, 'must be at most 4000 characters'),
};

export const createRatePlanSchema = z.strictObject({
  tenantId: uuid('a tenant').optional(),
  name: planFields.name,
  kind: planFields.kind,
  currency: planFields.currency,
  precision: planFields.precision.default(4),
  rounding: planFields.rounding.default('up'),
  description: planFields.description.default(''),
});

export const updateRatePlanSchema = z.strictObject({
  id: uuid('a rate plan'),
  name: planFields.name.optional(),
  currency: planFields.currency.optional(),
  precision: planFields.precision.optional(),
  rounding: planFields.rounding.optional(),
  description: planFields.description.optional(),
  /** The supplier import rule set its decks are checked against (buy plans; null: none). */
  importRuleSetId: uuid('an import rule set').nullable().optional(),
});

export const idInputSchema = z.strictObject({ id: uuid('a record') });

export const createDraftSchema = z.strictObject({
  planId: uuid('a rate plan'),
  notes: safeText({ multiline: true }).max(4000, 'must be at most 4000 characters').default(''),
});

const rowFields = {
  prefix: prefixSchema,
  destination: safeText().trim().min(1, 'enter the destination name').max(200, 'must be at most 200 characters'),
  rate: rateText('rate per minute'),
  connectionFee: rateText('connection fee'),
  initialIncrement: increment('initial increment'),
  subsequentIncrement: increment('subsequent increment'),
  minimumCharge: rateText('minimum charge'),
  effectiveFrom: instant('effective from'),
  effectiveTo: instant('effective to').nullable(),
  blocked: z.boolean({ error: 'must be true or false' }),
};

export const MAX_ROWS_PER_CALL = 1000;

export const rowInputSchema = z
  .strictObject({
    prefix: rowFields.prefix,
    destination: rowFields.destination,
    rate: rowFields.rate,
    connectionFee: rowFields.connectionFee.default(0),
    initialIncrement: rowFields.initialIncrement.default(60),
    subsequentIncrement: rowFields.subsequentIncrement.default(60),
    minimumCharge: rowFields.minimumCharge.default(0),
    effectiveFrom: rowFields.effectiveFrom,
    effectiveTo: rowFields.effectiveTo.default(null),
    blocked: rowFields.blocked.default(false),
  })
  .refine((r) => !r.effectiveTo || r.effectiveFrom < r.effectiveTo, { path: ['effectiveTo'], error: 'must be after effective from' });

export const addRowsSchema = z.strictObject({
  versionId: uuid('a rate plan version'),
  rows: z.array(rowInputSchema, { error: 'send a list of rows' }).min(1, 'send at least one row').max(MAX_ROWS_PER_CALL, `at most ${MAX_ROWS_PER_CALL} rows per call`),
});

export const updateRowSchema = z.strictObject({
  id: uuid('a rate row'),
  prefix: rowFields.prefix.optional(),
  destination: rowFields.destination.optional(),
  rate: rowFields.rate.optional(),
  connectionFee: rowFields.connectionFee.optional(),
  initialIncrement: rowFields.initialIncrement.optional(),
  subsequentIncrement: rowFields.subsequentIncrement.optional(),
  minimumCharge: rowFields.minimumCharge.optional(),
  effectiveFrom: rowFields.effectiveFrom.optional(),
  effectiveTo: rowFields.effectiveTo.optional(),
  blocked: rowFields.blocked.optional(),
});

export const deleteRowsSchema = z.strictObject({
  ids: z.array(uuid('a rate row'), { error: 'send a list of row ids' }).min(1, 'send at least one id').max(MAX_ROWS_PER_CALL, `at most ${MAX_ROWS_PER_CALL} ids per call`),
});

export const rateLookupSchema = z.strictObject({
  planId: uuid('a rate plan'),
  /** The dialled number, E.164; "+" and separators are stripped. */
  number: safeText()
    .max(40, 'must be at most 40 characters')
    .transform((s) => s.replace(/[\s().+-]/g, ''))
    .pipe(z.string().regex(/^[0-9]{1,15}$/, { error: 'must be a phone number of 1 to 15 digits' })),
  at: instant('time').optional(),
});
