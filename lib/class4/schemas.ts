import { z } from 'zod';
import {
  CARRIER_MAX_CURRENCIES,
  INTERCONNECT_MAX_ADDRESSES,
  INTERCONNECT_MAX_CODECS,
  SERVICE_MAX_PREFIXES,
  carrierContactKinds,
  carrierStatuses,
  carrierTypes,
  codecModes,
  dtmfModes,
  interconnectDirections,
  interconnectStatuses,
  mediaModes,
  numberFormats,
  routingMethods,
  serviceStatuses,
  sipTransports,
  timeClasses,
} from '@/db/schema/class4-values';
import { isBillingCurrency } from '@/lib/billing/currencies';
import { isIpOrCidr, normaliseCidr } from '@/lib/class4/cidr';
import { safeText } from '@/lib/validation';

/** Shared by the services, the API contracts and the admin forms, so all report the same field problems. */

/** Money in minor units (bigint in the database); JSON numbers stay exact below 2^53. */
export const MAX_MINOR = 1_000_000_000_000_000;

const name = (max: number, what: string) => safeText().trim().min(1, `enter the ${what}`).max(max, `must be at most ${max} characters`);
const notes = safeText({ multiline: true }).max(4000, 'must be at most 4000 characters');
const currency = z
  .string({ error: 'choose a currency' })
  .trim()
  .toUpperCase()
  .refine(isBillingCurrency, { error: 'choose a currency (ISO 4217, e.g. EUR)' });
const minor = (what: string) =>
  z
    .number({ error: `enter ${what} in minor units (a whole number)` })
    .int('must be a whole number of minor units')
    .min(-MAX_MINOR, 'is too small')
    .max(MAX_MINOR, 'is too large');
const limit = (what: string) => minor(what).min(0, 'must be zero or more');
const count = (max: number) => z.number({ error: 'enter a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`);
const prefix = z
  .string({ error: 'enter digits' })
  .trim()
  .regex(/^[0-9]{1,15}$/, 'a prefix is 1 to 15 digits');
const prefixList = z.array(prefix).max(SERVICE_MAX_PREFIXES, `at most ${SERVICE_MAX_PREFIXES} prefixes`);
const uuid = (what: string) => z.uuid({ error: `must be ${what} id` });

export const contactSchema = z.object({
  kind: z.enum(carrierContactKinds, { error: 'choose commercial, technical, billing or NOC' }),
  name: name(200, 'contact’s name'),
  email: z.string().trim().toLowerCase().max(254, 'must be at most 254 characters').pipe(z.email({ error: 'enter a valid email address' })).nullable().optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()-]{3,32}$/, 'enter a phone number (digits, spaces, + ( ) -)')
    .nullable()
    .optional(),
});
export type ContactInput = z.input<typeof contactSchema>;

const carrierFields = {
  name: name(200, 'carrier name'),
  code: z
    .string({ error: 'enter a short code' })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9][A-Z0-9_-]{0,15}$/, 'a code is 1 to 16 letters, digits, _ or -'),
  type: z.enum(carrierTypes, { error: 'choose customer, supplier or bilateral' }),
  status: z.enum(carrierStatuses, { error: 'choose active or suspended' }),
  primaryCurrency: currency,
  /** The other currencies (at most three); the primary is added first. */
  extraCurrencies: z.array(currency).max(CARRIER_MAX_CURRENCIES - 1, `at most ${CARRIER_MAX_CURRENCIES - 1} more currencies`),
  creditLimitMinor: limit('the credit limit').nullable(),
  supplierCreditLimitMinor: limit('the supplier credit limit').nullable(),
  lowBalanceAlertMinor: minor('the low balance alert').nullable(),
  exposureAlertMinor: minor('the exposure alert').nullable(),
  exposureLimitMinor: minor('the exposure limit').nullable(),
  maxChannels: count(1_000_000).nullable(),
  maxCps: count(100_000).nullable(),
  customerAccountId: uuid('a customer account').nullable(),
  notes,
  contacts: z.array(contactSchema).max(20, 'at most 20 contacts'),
};

export const createCarrierSchema = z
  .object({
    /** Platform staff choose the brand; default the current one. */
    tenantId: uuid('a tenant').optional(),
    ...carrierFields,
    status: carrierFields.status.default('active'),
    extraCurrencies: carrierFields.extraCurrencies.default([]),
    creditLimitMinor: carrierFields.creditLimitMinor.default(null),
    supplierCreditLimitMinor: carrierFields.supplierCreditLimitMinor.default(null),
    lowBalanceAlertMinor: carrierFields.lowBalanceAlertMinor.default(null),
    exposureAlertMinor: carrierFields.exposureAlertMinor.default(null),
    exposureLimitMinor: carrierFields.exposureLimitMinor.default(null),
    maxChannels: carrierFields.maxChannels.default(null),
    maxCps: carrierFields.maxCps.default(null),
    customerAccountId: carrierFields.customerAccountId.default(null),
    notes: carrierFields.notes.default(''),
    contacts: carrierFields.contacts.default([]),
  })
  .strict();
export type CreateCarrierInput = z.input<typeof createCarrierSchema>;

export const updateCarrierSchema = z
  .object({
    id: uuid('a carrier'),
    ...(Object.fromEntries(Object.entries(carrierFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof carrierFields]: z.ZodOptional<(typeof carrierFields)[K]> }),
  })
  .strict();
export type UpdateCarrierInput = z.input<typeof updateCarrierSchema>;

export const idInputSchema = z.object({ id: uuid('an') }).strict();

export const linkCarrierUsersSchema = z
  .object({ id: uuid('a carrier'), userIds: z.array(uuid('a user')).max(100, 'at most 100 users') })
  .strict();

const address = z
  .string({ error: 'enter an IP address or CIDR' })
  .trim()
  .max(64, 'must be at most 64 characters')
  .refine(isIpOrCidr, { error: 'enter an IPv4/IPv6 address or CIDR (e.g. 203.0.113.10 or 203.0.113.0/28)' })
  .transform(normaliseCidr);

const codec = z.object({
  codec: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9._/-]{1,32}$/, 'a codec name is 1 to 32 letters, digits or . _ / -'),
  mode: z.enum(codecModes, { error: 'choose supported or relay' }),
});

const interconnectFields = {
  name: name(120, 'interconnect name'),
  status: z.enum(interconnectStatuses, { error: 'choose active or disabled' }),
  popId: uuid('a POP'),
  techPrefix: z
    .string()
    .trim()
    .regex(/^[0-9#*]{0,10}$/, 'a tech prefix is up to 10 digits, # or *'),
  addresses: z.array(address).max(INTERCONNECT_MAX_ADDRESSES, `at most ${INTERCONNECT_MAX_ADDRESSES} addresses`),
  maxCps: count(100_000).nullable(),
  maxChannels: count(1_000_000).nullable(),
  numberFormat: z.enum(numberFormats, { error: 'choose +E.164, E.164 or 00' }),
  defaultCountryCode: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{0,2}$/, 'a country code is 1 to 3 digits, not starting with 0')
    .nullable(),
  nationalPrefix: z
    .string()
    .trim()
    .regex(/^[0-9]{1,3}$/, 'a national prefix is 1 to 3 digits')
    .nullable(),
  codecs: z
    .array(codec)
    .max(INTERCONNECT_MAX_CODECS, `at most ${INTERCONNECT_MAX_CODECS} codecs`)
    .refine((list) => new Set(list.map((c) => c.codec.toLowerCase())).size === list.length, { error: 'a codec is listed twice' }),
  mediaMode: z.enum(mediaModes, { error: 'choose proxy or bypass' }),
  dtmfMode: z.enum(dtmfModes, { error: 'choose RFC 2833, in-band or SIP INFO' }),
  t38: z.boolean({ error: 'must be true or false' }),
  rtpTimeoutSeconds: z.number().int('must be a whole number').min(10, 'must be at least 10').max(7200, 'must be at most 7200'),
  transport: z.enum(sipTransports, { error: 'choose UDP, TCP or TLS' }),
  sipPort: z.number().int('must be a whole number').min(1, 'must be a port (1-65535)').max(65535, 'must be a port (1-65535)'),
  optionsPing: z.boolean({ error: 'must be true or false' }),
  sessionTimerSeconds: z.number().int('must be a whole number').min(90, 'must be at least 90').max(86400, 'must be at most 86400').nullable(),
  supplierRatePlanId: uuid('a rating plan').nullable(),
  notes,
};

export const createInterconnectSchema = z
  .object({
    carrierId: uuid('a carrier'),
    direction: z.enum(interconnectDirections, { error: 'choose ingress or egress' }),
    ...interconnectFields,
    status: interconnectFields.status.default('active'),
    techPrefix: interconnectFields.techPrefix.default(''),
    addresses: interconnectFields.addresses.default([]),
    maxCps: interconnectFields.maxCps.default(null),
    maxChannels: interconnectFields.maxChannels.default(null),
    numberFormat: interconnectFields.numberFormat.default('e164'),
    defaultCountryCode: interconnectFields.defaultCountryCode.default(null),
    nationalPrefix: interconnectFields.nationalPrefix.default(null),
    codecs: interconnectFields.codecs.default([]),
    mediaMode: interconnectFields.mediaMode.default('proxy'),
    dtmfMode: interconnectFields.dtmfMode.default('rfc2833'),
    t38: interconnectFields.t38.default(false),
    rtpTimeoutSeconds: interconnectFields.rtpTimeoutSeconds.default(300),
    transport: interconnectFields.transport.default('udp'),
    sipPort: interconnectFields.sipPort.default(5060),
    optionsPing: interconnectFields.optionsPing.default(true),
    sessionTimerSeconds: interconnectFields.sessionTimerSeconds.default(null),
    supplierRatePlanId: interconnectFields.supplierRatePlanId.default(null),
    notes: interconnectFields.notes.default(''),
  })
  .strict();
export type CreateInterconnectInput = z.input<typeof createInterconnectSchema>;

export const updateInterconnectSchema = z
  .object({
    id: uuid('an interconnect'),
    direction: z.enum(interconnectDirections, { error: 'choose ingress or egress' }).optional(),
    ...(Object.fromEntries(Object.entries(interconnectFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof interconnectFields]: z.ZodOptional<(typeof interconnectFields)[K]> }),
  })
  .strict();
export type UpdateInterconnectInput = z.input<typeof updateInterconnectSchema>;

const serviceFields = {
  name: name(120, 'service name'),
  status: z.enum(serviceStatuses, { error: 'choose active or disabled' }),
  customerRatePlanId: uuid('a rating plan').nullable(),
  ratePlanCurrency: currency.nullable(),
  routingMethod: z.enum(routingMethods, { error: 'choose an interconnect or a routing plan' }),
  routeInterconnectId: uuid('an interconnect').nullable(),
  routingPlanId: uuid('a routing plan').nullable(),
  timeClass: z.enum(timeClasses, { error: 'choose a time class' }),
  maxChannels: count(1_000_000).nullable(),
  maxCps: count(100_000).nullable(),
  originPrefixes: prefixList,
  destinationPrefixes: prefixList,
  minDigits: z.number().int('must be a whole number').min(1, 'must be at least 1').max(32, 'must be at most 32').nullable(),
  maxDigits: z.number().int('must be a whole number').min(1, 'must be at least 1').max(32, 'must be at most 32').nullable(),
  blockedOriginPrefixes: prefixList,
  blockedDestinationPrefixes: prefixList,
  notes,
};

export const createServiceSchema = z
  .object({
    carrierId: uuid('a carrier'),
    interconnectId: uuid('an interconnect'),
    ...serviceFields,
    status: serviceFields.status.default('active'),
    customerRatePlanId: serviceFields.customerRatePlanId.default(null),
    ratePlanCurrency: serviceFields.ratePlanCurrency.default(null),
    routeInterconnectId: serviceFields.routeInterconnectId.default(null),
    routingPlanId: serviceFields.routingPlanId.default(null),
    timeClass: serviceFields.timeClass.default('all_week'),
    maxChannels: serviceFields.maxChannels.default(null),
    maxCps: serviceFields.maxCps.default(null),
    originPrefixes: serviceFields.originPrefixes.default([]),
    destinationPrefixes: serviceFields.destinationPrefixes.default([]),
    minDigits: serviceFields.minDigits.default(null),
    maxDigits: serviceFields.maxDigits.default(null),
    blockedOriginPrefixes: serviceFields.blockedOriginPrefixes.default([]),
    blockedDestinationPrefixes: serviceFields.blockedDestinationPrefixes.default([]),
    notes: serviceFields.notes.default(''),
  })
  .strict();
export type CreateServiceInput = z.input<typeof createServiceSchema>;

export const updateServiceSchema = z
  .object({
    id: uuid('a service'),
    ...(Object.fromEntries(Object.entries(serviceFields).map(([k, v]) => [k, v.optional()])) as { [K in keyof typeof serviceFields]: z.ZodOptional<(typeof serviceFields)[K]> }),
  })
  .strict();
export type UpdateServiceInput = z.input<typeof updateServiceSchema>;
