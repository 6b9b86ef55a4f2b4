import { z } from 'zod';
import { deckFields } from '@/db/schema/rate-imports-values';
import { safeText } from '@/lib/validation';

/** The import's inputs, shared by the services, the API contracts and the upload form. */

const uuid = (what: string) => z.uuid({ error: `must be ${what} id` });

export const importMappingSchema = z
  .strictObject(Object.fromEntries(deckFields.map((f) => [f, safeText().trim().max(120, 'must be at most 120 characters').optional()])) as Record<(typeof deckFields)[number], z.ZodOptional<z.ZodString>>)
  .default({});

export const importOptionsSchema = z.strictObject({
  mapping: importMappingSchema,
  delimiter: z.enum(['auto', ',', ';', '\t'], { error: 'choose auto, ",", ";" or a tab' }).default('auto'),
  encoding: z.enum(['auto', 'utf-8', 'latin1'], { error: 'choose auto, utf-8 or latin1' }).default('auto'),
  dateOrder: z.enum(['auto', 'dmy', 'mdy', 'ymd'], { error: 'choose auto, dmy, mdy or ymd' }).default('auto'),
  defaultEffectiveFrom: z.iso
    .datetime({ offset: true, error: 'enter an ISO 8601 date-time such as 2026-07-01T00:00:00Z' })
    .nullable()
    .default(null),
});

export const startImportSchema = z.strictObject({
  planId: uuid('a rate plan'),
  fileName: safeText()
    .trim()
    .min(1, 'name the file')
    .max(255, 'must be at most 255 characters')
    .default('deck.csv'),
  options: importOptionsSchema.default({ mapping: {}, delimiter: 'auto', encoding: 'auto', dateOrder: 'auto', defaultEffectiveFrom: null }),
});

export const importIdSchema = z.strictObject({ id: uuid('a rate import') });

/** Largest deck accepted (500,000 rows are about 30 MB): the upload refuses past it, the console before sending. */
export const MAX_DECK_BYTES = 256 * 1024 * 1024;

export const importPlanSchema = z.strictObject({ planId: uuid('a rate plan') });

/**
 * What the deck upload accepts as its raw body (route() `uploadTypes`): CSV, XLSX, or a generic binary
 * type (the import job tells XLSX from CSV by the bytes).
 */
export const DECK_UPLOAD_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'] as const;
