import { z } from 'zod';
import { authMethodKinds, didProviderStatuses, popRegions, popStatuses } from '@/db/schema/catalog-enums';

export { authMethodKinds, didProviderStatuses, popRegions, popStatuses };
import { safeText } from '@/lib/validation';
import { isIsoCountryCode } from './countries';

/**
 * The voice catalogue's input rules, shared by the services, the /api/v1 contracts and the browser
 * forms (no server imports here). One schema per kind; updates take any subset of it.
 */

export const catalogKindKeys = ['pops', 'voice-tiers', 'codecs', 'auth-methods', 'channel-plans', 'did-countries', 'did-providers'] as const;
export type CatalogKindKey = (typeof catalogKindKeys)[number];

/** Each kind's item type in the assignment engine (lib/catalog/assignable.ts); here for the browser too. */
export const catalogAssignableTypeNames: Record<CatalogKindKey, string> = {
  pops: 'pop',
  'voice-tiers': 'voice_tier',
  codecs: 'codec',
  'auth-methods': 'auth_method',
  'channel-plans': 'channel_plan',
  'did-countries': 'did_country',
  'did-providers': 'did_provider',
};

const name = safeText().trim().min(1, 'is required').max(120, 'must be at most 120 characters');
export const descriptionSchema = safeText({ multiline: true }).trim().max(4000, 'must be at most 4000 characters');
const int = (min: number, max: number, what: string) =>
  z.number({ error: 'must be a whole number' }).int('must be a whole number').min(min, `must be at least ${min}${what}`).max(max, `must be at most ${max}${what}`);

/** One IPv4 or IPv6 host address (no prefix length: a POP lists its signalling addresses). */
export const ipAddressSchema = z.string().trim().pipe(z.union([z.ipv4(), z.ipv6()], { error: 'must be an IPv4 or IPv6 address' }));

export const countryCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .refine((c) => isIsoCountryCode(c), 'must be an ISO 3166-1 alpha-2 country code (e.g. GB, DE, US)');

function uniqueList<T extends z.ZodType<string>>(item: T, max: number, what: string) {
  return z
    .array(item)
    .max(max, `at most ${max} ${what}`)
    .refine((list) => new Set(list).size === list.length, `lists the same ${what.replace(/s$/, '')} twice`);
}

export const popSchema = z.object({
  name,
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9-]{0,15}$/, 'use 1-16 letters, digits or dashes (e.g. LON1)'),
  region: z.enum(popRegions, { error: 'choose a region' }),
  ipAddresses: uniqueList(ipAddressSchema, 32, 'addresses'),
  status: z.enum(popStatuses, { error: 'choose a status' }).default('active'),
  description: descriptionSchema.default(''),
});

export const voiceTierSchema = z.object({
  name,
  rank: int(1, 99, ''),
  /** ASR target in basis points: 5500 = 55.00 %. */
  asrTargetBp: int(0, 10000, ' basis points'),
  acdTargetSeconds: int(0, 86400, ' seconds'),
  pddTargetMs: int(0, 60000, ' ms'),
  description: descriptionSchema.default(''),
});

export const codecSchema = z.object({
  name,
  /** Static RTP payload type (RFC 3551); null for a dynamic one (96-127, negotiated per call). */
  payloadType: int(0, 95, '').nullable(),
  clockRate: int(1000, 192000, ' Hz'),
  description: descriptionSchema.default(''),
});

export const authMethodSchema = z.object({
  name,
  kind: z.enum(authMethodKinds, { error: 'choose IP or credentials' }),
  description: descriptionSchema.default(''),
});

export const channelPlanSchema = z.object({
  name,
  channels: int(1, 100000, ' channels'),
  cps: int(1, 10000, ' calls per second'),
  description: descriptionSchema.default(''),
});

export const didCountrySchema = z.object({
  isoCode: countryCodeSchema,
  name,
  requirements: safeText({ multiline: true }).trim().max(4000, 'must be at most 4000 characters').default(''),
  kycDocuments: uniqueList(safeText().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'), 20, 'documents').default([]),
  description: descriptionSchema.default(''),
});

export const didProviderSchema = z.object({
  name,
  countries: uniqueList(countryCodeSchema, 250, 'countries').default([]),
  status: z.enum(didProviderStatuses, { error: 'choose a status' }).default('active'),
  description: descriptionSchema.default(''),
});

export const catalogSchemas = {
  pops: popSchema,
  'voice-tiers': voiceTierSchema,
  codecs: codecSchema,
  'auth-methods': authMethodSchema,
  'channel-plans': channelPlanSchema,
  'did-countries': didCountrySchema,
  'did-providers': didProviderSchema,
} as const satisfies Record<CatalogKindKey, z.ZodObject>;

export type CatalogSchemas = typeof catalogSchemas;
export type CatalogCreateInput<K extends CatalogKindKey> = z.input<CatalogSchemas[K]>;

/** An update: any subset of the kind's fields, without the create defaults (a missing field stays as it is). */
export function updateSchemaOf<K extends CatalogKindKey>(kind: K) {
  const shape = catalogSchemas[kind].shape as Record<string, z.ZodType>;
  // A default would fill a field the client did not send: unwrap it, and make every field optional.
  const partial = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, (s instanceof z.ZodDefault ? (s.unwrap() as z.ZodType) : s).optional()]));
  return z.object(partial).strict() as unknown as z.ZodType<Partial<z.output<CatalogSchemas[K]>>, Partial<z.input<CatalogSchemas[K]>>>;
}

export const trashRetentionSchema = z.object({
  trashRetentionDays: int(1, 3650, ' days'),
});

/** The update schema of every kind, built once (route() and the services parse with the same object). */
export const catalogUpdateSchemas = Object.fromEntries(catalogKindKeys.map((k) => [k, updateSchemaOf(k)])) as {
  [K in CatalogKindKey]: ReturnType<typeof updateSchemaOf<K>>;
};

export const catalogKindSchema = z.enum(catalogKindKeys, { error: 'unknown catalogue kind' });
