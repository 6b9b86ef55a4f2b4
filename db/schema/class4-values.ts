/** Class 4 enumerations (DOMAIN.md "Class 4"): a leaf module, imported by the schema and the browser-safe zod rules. */
export const carrierTypes = ['customer', 'supplier', 'bilateral'] as const;
export type CarrierType = (typeof carrierTypes)[number];
export const carrierStatuses = ['active', 'suspended'] as const;
export const carrierContactKinds = ['commercial', 'technical', 'billing', 'noc'] as const;
export type CarrierContactKind = (typeof carrierContactKinds)[number];
export const interconnectDirections = ['ingress', 'egress'] as const;
export type InterconnectDirection = (typeof interconnectDirections)[number];
export const interconnectStatuses = ['active', 'disabled'] as const;
/** How numbers travel on the trunk: +44..., 44... or 0044...; ingress numbers are normalised to E.164 digits, egress ones written this way. */
export const numberFormats = ['e164_plus', 'e164', 'international_00'] as const;
export const sipTransports = ['udp', 'tcp', 'tls'] as const;
export const mediaModes = ['proxy', 'bypass'] as const;
export const dtmfModes = ['rfc2833', 'inband', 'sip_info'] as const;
export const codecModes = ['supported', 'relay'] as const;
export const serviceStatuses = ['active', 'disabled'] as const;
export const routingMethods = ['interconnect', 'routing_plan'] as const;
export type RoutingMethod = (typeof routingMethods)[number];
export const timeClasses = ['all_week', 'weekdays', 'weekends', 'peak', 'off_peak'] as const;

/** A carrier trades in its primary currency and at most three more. */
export const CARRIER_MAX_CURRENCIES = 4;
/** Codecs an interconnect lists (in order of preference). */
export const INTERCONNECT_MAX_CODECS = 16;
/** Addresses (IPs / CIDRs) per interconnect. */
export const INTERCONNECT_MAX_ADDRESSES = 64;
/** Prefixes in one matching or blacklist list of a service. */
export const SERVICE_MAX_PREFIXES = 200;

/** Directions an interconnect of a carrier type may have: a customer sends to us (ingress), a supplier receives (egress). */
export function directionFitsType(type: CarrierType, direction: InterconnectDirection): boolean {
  return type === 'bilateral' || (type === 'customer' ? direction === 'ingress' : direction === 'egress');
}
