import { z } from 'zod';
import {
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

/** API contracts of /api/v1 carriers, interconnects and carrier-services (documentation and OpenAPI; not enforced). */

const pageInfo = z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number().int() });
const minor = () => z.number().int().nullable().meta({ description: 'Integer minor units of the primary currency' });

export const carrierResponse = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  name: z.string(),
  code: z.string(),
  type: z.enum(carrierTypes),
  status: z.enum(carrierStatuses),
  primaryCurrency: z.string(),
  currencies: z.array(z.string()),
  creditLimitMinor: minor(),
  supplierCreditLimitMinor: minor(),
  lowBalanceAlertMinor: minor(),
  exposureAlertMinor: minor(),
  exposureLimitMinor: minor(),
  maxChannels: z.number().int().nullable(),
  maxCps: z.number().int().nullable(),
  customerAccountId: z.uuid().nullable(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const carrierDetailResponse = carrierResponse.extend({
  contacts: z.array(z.object({ id: z.uuid(), kind: z.enum(carrierContactKinds), name: z.string(), email: z.string().nullable(), phone: z.string().nullable() })),
  balances: z.array(
    z.object({
      currency: z.string(),
      customerBalanceMinor: z.number().int(),
      supplierBalanceMinor: z.number().int(),
      netExposureMinor: z.number().int().meta({ description: 'customer balance - supplier balance' }),
      lowBalance: z.boolean(),
      exposureAlert: z.boolean(),
      exposureLimitReached: z.boolean(),
      updatedAt: z.string(),
    }),
  ),
  users: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string() })),
  counts: z.object({ interconnects: z.number().int(), services: z.number().int() }),
});

export const carrierPageResponse = z.object({ items: z.array(carrierResponse.extend({ interconnectCount: z.number().int(), serviceCount: z.number().int() })), pageInfo });

export const interconnectResponse = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  carrierId: z.uuid(),
  carrierName: z.string(),
  name: z.string(),
  direction: z.enum(interconnectDirections),
  status: z.enum(interconnectStatuses),
  popId: z.uuid(),
  popName: z.string().nullable(),
  techPrefix: z.string(),
  addresses: z.array(z.string()).meta({ description: 'IP addresses / CIDRs, canonical (203.0.113.10/32)' }),
  maxCps: z.number().int().nullable(),
  maxChannels: z.number().int().nullable(),
  numberFormat: z.enum(numberFormats),
  defaultCountryCode: z.string().nullable(),
  nationalPrefix: z.string().nullable(),
  codecs: z.array(z.object({ codec: z.string(), mode: z.enum(codecModes) })),
  mediaMode: z.enum(mediaModes),
  dtmfMode: z.enum(dtmfModes),
  t38: z.boolean(),
  rtpTimeoutSeconds: z.number().int(),
  transport: z.enum(sipTransports),
  sipPort: z.number().int(),
  optionsPing: z.boolean(),
  sessionTimerSeconds: z.number().int().nullable(),
  supplierRatePlanId: z.uuid().nullable().meta({ description: 'Egress only: the supplier rating plan (buy rates)' }),
  serviceCount: z.number().int(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const interconnectPageResponse = z.object({ items: z.array(interconnectResponse), pageInfo });

export const serviceResponse = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  carrierId: z.uuid(),
  carrierName: z.string(),
  interconnectId: z.uuid(),
  interconnectName: z.string(),
  name: z.string(),
  status: z.enum(serviceStatuses),
  customerRatePlanId: z.uuid().nullable(),
  ratePlanCurrency: z.string().nullable(),
  routingMethod: z.enum(routingMethods),
  routeInterconnectId: z.uuid().nullable(),
  routeInterconnectName: z.string().nullable(),
  routingPlanId: z.uuid().nullable(),
  timeClass: z.enum(timeClasses),
  maxChannels: z.number().int().nullable(),
  maxCps: z.number().int().nullable(),
  originPrefixes: z.array(z.string()),
  destinationPrefixes: z.array(z.string()),
  minDigits: z.number().int().nullable(),
  maxDigits: z.number().int().nullable(),
  blockedOriginPrefixes: z.array(z.string()),
  blockedDestinationPrefixes: z.array(z.string()),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export const servicePageResponse = z.object({ items: z.array(serviceResponse), pageInfo });

export const deletedResponse = z.object({ id: z.uuid() });
export const linkedUsersResponse = z.object({ userIds: z.array(z.uuid()) });

const listCommon = { q: z.string().optional(), sort: z.string().optional(), cursor: z.string().optional(), limit: z.string().optional() };
export const carrierListQuery = z.object({ ...listCommon, type: z.enum(carrierTypes).optional(), status: z.enum(carrierStatuses).optional(), tenant: z.uuid().optional() });
export const interconnectListQuery = z.object({ ...listCommon, carrier: z.uuid().optional(), direction: z.enum(interconnectDirections).optional(), status: z.enum(interconnectStatuses).optional() });
export const serviceListQuery = z.object({ ...listCommon, carrier: z.uuid().optional(), interconnect: z.uuid().optional(), status: z.enum(serviceStatuses).optional(), routingMethod: z.enum(routingMethods).optional() });
