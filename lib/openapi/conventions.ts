import { z } from 'zod';

/**
 * The conventions every `/api/v1` operation shares (content/docs/api-basics.md, "Conventions"), as
 * zod schemas: routes build their contracts from these, and the OpenAPI document (lib/openapi)
 * publishes them once, as components. Plain zod, no server import: safe anywhere.
 */

/** RFC 3339 timestamps in UTC (`Z`), as `Date#toISOString()` writes them; the server assigns them. */
export const timestamp = () => z.iso.datetime().meta({ description: 'RFC 3339 date-time in UTC', examples: ['2026-12-01T09:30:00.000Z'] });

/** Ids are opaque strings (UUIDs today): compare them, never parse them. */
export const opaqueId = () => z.string().meta({ description: 'Opaque identifier', examples: ['0b6f1c7e-3f4a-4d0e-9a57-2f1c3b5d7e90'] });

/**
 * Money: a decimal string (never a float) with its ISO 4217 currency, e.g. `{ amount: "12.3400",
 * currency: "USD" }`. Declared here for the domains that will answer with money (billing, rating).
 */
export const moneySchema = z
  .object({
    amount: z
      .string()
      .regex(/^-?\d+(\.\d+)?$/)
      .meta({ description: 'A decimal number as a string, exact to the currency\'s or rate\'s precision' }),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .meta({ description: 'ISO 4217 currency code' }),
  })
  .meta({ id: 'Money', description: 'An amount of money: a decimal string and its currency (never a float)', examples: [{ amount: '12.3400', currency: 'USD' }] });

const fieldProblemSchema = z
  .object({ path: z.string().meta({ description: 'The field (dot path), query parameter or `body`' }), message: z.string(), row: z.int().optional().meta({ description: 'The row of an import' }) })
  .meta({ id: 'FieldProblem' });

/** The body of every error response (lib/http/route.ts errorResponse). */
export const errorEnvelopeSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable, machine-readable: `unauthorized`, `forbidden`, `not_found`, `conflict`, `invalid_input`, `rate_limited`, `internal_error`, ...' }),
      message: z.string().meta({ description: 'Human-readable; may change between releases' }),
      details: z
        .unknown()
        .optional()
        .meta({ description: 'For `invalid_input`: one FieldProblem per bad field; for other codes, an object the code documents (or absent)' }),
      requestId: z.string().meta({ description: 'Quote it when contacting support; also in the `x-request-id` header' }),
    }),
  })
  .meta({
    id: 'Error',
    description: 'Every error has this shape, whatever the status',
    examples: [{ error: { code: 'invalid_input', message: 'name: must not be empty', details: [{ path: 'name', message: 'must not be empty' }], requestId: '5f0c2a0e-8d1b-4f7e-b1a2-6c3d4e5f6a7b' } }],
  });
/** A 422 `invalid_input` error: the envelope whose `details` lists one problem per bad field. */
export const invalidInputEnvelopeSchema = z
  .object({ error: errorEnvelopeSchema.shape.error.extend({ details: z.array(fieldProblemSchema) }) })
  .meta({ id: 'InvalidInputError', description: 'The error of a request that failed validation' });

export const pageInfoSchema = z
  .object({
    nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` to read the next page; null on the last page' }),
    prevCursor: z.string().nullable().meta({ description: 'Pass as `cursor` to read the previous page; null on the first page' }),
    limit: z.int().meta({ description: 'The page size used' }),
  })
  .meta({ id: 'PageInfo', description: 'Keyset pagination: opaque cursors to the neighbouring pages', examples: [{ nextCursor: 'eyJ2IjoiMjAyNi0xMi0wMSAwOTozMDowMCswMCIsImlkIjoiLi4uIiwiZCI6Im5leHQiLCJzIjoiLWNyZWF0ZWRBdCJ9', prevCursor: null, limit: 25 }] });

/** The body of every list operation: `{ items, pageInfo }`. */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), pageInfo: pageInfoSchema });
}
