import { sql } from 'drizzle-orm';
import { bigint, boolean, check, cidr, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { catalogPops } from './catalog';
import { id, oneOf, timestamps } from './columns';
import { customerAccounts } from './customers';
import { ratePlans } from './rates';
import { tenants } from './tenancy';
import {
  CARRIER_MAX_CURRENCIES,
  INTERCONNECT_MAX_CODECS,
  SERVICE_MAX_PREFIXES,
  carrierContactKinds,
  carrierStatuses,
  carrierTypes,
  dtmfModes,
  interconnectDirections,
  interconnectStatuses,
  mediaModes,
  numberFormats,
  routingMethods,
  serviceStatuses,
  sipTransports,
  timeClasses,
} from './class4-values';

export * from './class4-values';

/**
 * Class 4 carrier management, the Digitalk Carrier Cloud Manager model (DOMAIN.md "Class 4"):
 * carrier (the commercial entity) -> interconnects (SIP trunks, one direction each) -> services
 * (the commercial link on an ingress interconnect). Per tenant (RLS). The rules that span rows
 * are enforced here too, not only by lib/class4: composite foreign keys (same carrier, ingress
 * only), exclusion constraints (overlapping CIDRs between carriers on a POP, tech prefix per
 * ingress IP) and triggers (direction fits the carrier type, plan currency, currencies kept),
 * created by the custom migration `class4_rules`. lib/class4/constraints.ts maps each constraint
 * name to its message, so a write that bypasses the services still reads the rule.
 */

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .default(sql`app_current_tenant()`)
    .references(() => tenants.id, { onDelete: 'cascade' });

const money = (name: string) => bigint(name, { mode: 'number' });

export const carriers = pgTable(
  'carriers',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    /** Short code shown in lists and CDRs (e.g. BTGW), unique per tenant. */
    code: text('code').notNull(),
    type: text('type', { enum: carrierTypes }).notNull(),
    status: text('status', { enum: carrierStatuses }).notNull().default('active'),
    /** ISO 4217; always the first of `currencies`. */
    primaryCurrency: text('primary_currency').notNull(),
    /** The primary currency and at most three more; a currency with a balance row is never removed. */
    currencies: text('currencies').array().notNull(),
    /** Credit we extend to the carrier as a customer (minor units of the primary currency); null = prepaid. */
    creditLimitMinor: money('credit_limit_minor'),
    /** Credit the carrier extends to us as a supplier (minor units); null = none agreed. */
    supplierCreditLimitMinor: money('supplier_credit_limit_minor'),
    /** Low customer balance alert (minor units); null = no alert. */
    lowBalanceAlertMinor: money('low_balance_alert_minor'),
    /** Net exposure (customer balance - supplier balance) below which staff are alerted; null = none. */
    exposureAlertMinor: money('exposure_alert_minor'),
    /** Net exposure below which traffic should stop (read by routing later); null = none. */
    exposureLimitMinor: money('exposure_limit_minor'),
    /** Capacity over all interconnects; null = unlimited. */
    maxChannels: integer('max_channels'),
    maxCps: integer('max_cps'),
    /** The customer account of the hierarchy (lib/customers) this carrier buys as, if any. */
    customerAccountId: uuid('customer_account_id'),
    notes: text('notes').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    unique('carriers_tenant_id_key').on(t.tenantId, t.id),
    uniqueIndex('carriers_tenant_code_key').on(t.tenantId, t.code),
    uniqueIndex('carriers_tenant_name_key').on(t.tenantId, sql`lower(${t.name})`),
    uniqueIndex('carriers_customer_account_key').on(t.tenantId, t.customerAccountId),
    index('carriers_tenant_name_idx').on(t.tenantId, t.name, t.id),
    index('carriers_name_idx').on(t.name, t.id),
    foreignKey({ name: 'carriers_customer_account_fk', columns: [t.tenantId, t.customerAccountId], foreignColumns: [customerAccounts.tenantId, customerAccounts.id] }),
    check('carriers_name_length', sql`char_length(${t.name}) between 1 and 200`),
    check('carriers_code_format', sql`${t.code} ~ '^[A-Z0-9][A-Z0-9_-]{0,15}$'`),
    check('carriers_type_valid', oneOf(t.type, carrierTypes)),
    check('carriers_status_valid', oneOf(t.status, carrierStatuses)),
    check('carriers_primary_currency_format', sql`${t.primaryCurrency} ~ '^[A-Z]{3}$'`),
    check(
      'carriers_currencies_valid',
      sql`cardinality(${t.currencies}) between 1 and ${sql.raw(String(CARRIER_MAX_CURRENCIES))} and ${t.currencies}[1] = ${t.primaryCurrency} and array_to_string(${t.currencies}, ',') ~ '^[A-Z]{3}(,[A-Z]{3})*$'`,
    ),
    check('carriers_credit_range', sql`coalesce(${t.creditLimitMinor}, 0) between 0 and 1000000000000000 and coalesce(${t.supplierCreditLimitMinor}, 0) between 0 and 1000000000000000`),
    check('carriers_alert_range', sql`coalesce(abs(${t.lowBalanceAlertMinor}), 0) <= 1000000000000000 and coalesce(abs(${t.exposureAlertMinor}), 0) <= 1000000000000000 and coalesce(abs(${t.exposureLimitMinor}), 0) <= 1000000000000000`),
    check('carriers_capacity_range', sql`coalesce(${t.maxChannels}, 1) between 1 and 1000000 and coalesce(${t.maxCps}, 1) between 1 and 100000`),
    check('carriers_notes_length', sql`char_length(${t.notes}) <= 4000`),
  ],
);

/** The people to call: one row per contact, each of a kind (commercial, technical, billing, NOC). */
export const carrierContacts = pgTable(
  'carrier_contacts',
  {
    id: id(),
    tenantId: tenantId(),
    carrierId: uuid('carrier_id').notNull(),
    kind: text('kind', { enum: carrierContactKinds }).notNull(),
    name: text('name').notNull(),
    email: text('email'),
    phone: text('phone'),
    ...timestamps(),
  },
  (t) => [
    foreignKey({ name: 'carrier_contacts_carrier_fk', columns: [t.tenantId, t.carrierId], foreignColumns: [carriers.tenantId, carriers.id] }).onDelete('cascade'),
    index('carrier_contacts_carrier_idx').on(t.carrierId, t.kind, t.id),
    check('carrier_contacts_kind_valid', oneOf(t.kind, carrierContactKinds)),
    check('carrier_contacts_name_length', sql`char_length(${t.name}) between 1 and 200`),
    check('carrier_contacts_email_format', sql`${t.email} is null or (char_length(${t.email}) <= 254 and ${t.email} ~ '^[^[:space:][:cntrl:]<>"@]+@[^[:space:][:cntrl:]<>"@]+\\.[^[:space:][:cntrl:]<>"@]+$')`),
    check('carrier_contacts_phone_format', sql`${t.phone} is null or ${t.phone} ~ '^\\+?[0-9 ()-]{3,32}$'`),
  ],
);

/**
 * Balances per carrier and currency, integers in minor units: what the carrier owes us as a
 * customer (customer balance: prepaid credit left, negative = owes) and what we owe it as a
 * supplier. Net exposure = customer - supplier. Posted by billing later; a row marks its currency used.
 */
export const carrierBalances = pgTable(
  'carrier_balances',
  {
    tenantId: tenantId(),
    carrierId: uuid('carrier_id').notNull(),
    currency: text('currency').notNull(),
    customerBalanceMinor: money('customer_balance_minor').notNull().default(0),
    supplierBalanceMinor: money('supplier_balance_minor').notNull().default(0),
    ...timestamps(),
  },
  (t) => [
    primaryKey({ name: 'carrier_balances_pkey', columns: [t.carrierId, t.currency] }),
    foreignKey({ name: 'carrier_balances_carrier_fk', columns: [t.tenantId, t.carrierId], foreignColumns: [carriers.tenantId, carriers.id] }).onDelete('cascade'),
    check('carrier_balances_currency_format', sql`${t.currency} ~ '^[A-Z]{3}$'`),
  ],
);

/** A carrier user (role carrier_user) acting for a carrier: the carrier portal shows that carrier only. */
export const carrierUsers = pgTable(
  'carrier_users',
  {
    tenantId: tenantId(),
    userId: uuid('user_id').primaryKey(),
    carrierId: uuid('carrier_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ name: 'carrier_users_carrier_fk', columns: [t.tenantId, t.carrierId], foreignColumns: [carriers.tenantId, carriers.id] }).onDelete('cascade'),
    foreignKey({ name: 'carrier_users_user_fk', columns: [t.tenantId, t.userId], foreignColumns: [users.tenantId, users.id] }).onDelete('cascade'),
    index('carrier_users_carrier_idx').on(t.carrierId, t.userId),
  ],
);

/**
 * A SIP trunk of one carrier in one direction on one POP. Ingress: the carrier sends calls to us,
 * identified by source address (interconnect_addresses) and tech prefix (matched, then stripped).
 * Egress: we send calls to the carrier's addresses, rated by its supplier rating plan.
 */
export const carrierInterconnects = pgTable(
  'carrier_interconnects',
  {
    id: id(),
    tenantId: tenantId(),
    carrierId: uuid('carrier_id').notNull(),
    name: text('name').notNull(),
    direction: text('direction', { enum: interconnectDirections }).notNull(),
    status: text('status', { enum: interconnectStatuses }).notNull().default('active'),
    popId: uuid('pop_id')
      .notNull()
      .references(() => catalogPops.id, { onDelete: 'restrict' }),
    /** Digits (and # *) before the number: ingress matches then strips it, egress prepends it. '' = none. */
    techPrefix: text('tech_prefix').notNull().default(''),
    maxCps: integer('max_cps'),
    maxChannels: integer('max_channels'),
    /** Translations: how numbers arrive (ingress) or leave (egress). */
    numberFormat: text('number_format', { enum: numberFormats }).notNull().default('e164'),
    /** National numbers (leading national prefix) become E.164 with this country code; null = leave as sent. */
    defaultCountryCode: text('default_country_code'),
    nationalPrefix: text('national_prefix'),
    /** Ordered list of {codec, mode}: mode supported (transcodable, offered) or relay (passed through only). */
    codecs: jsonb('codecs').$type<Array<{ codec: string; mode: 'supported' | 'relay' }>>().notNull().default(sql`'[]'::jsonb`),
    mediaMode: text('media_mode', { enum: mediaModes }).notNull().default('proxy'),
    dtmfMode: text('dtmf_mode', { enum: dtmfModes }).notNull().default('rfc2833'),
    t38: boolean('t38').notNull().default(false),
    rtpTimeoutSeconds: integer('rtp_timeout_seconds').notNull().default(300),
    transport: text('transport', { enum: sipTransports }).notNull().default('udp'),
    sipPort: integer('sip_port').notNull().default(5060),
    optionsPing: boolean('options_ping').notNull().default(true),
    sessionTimerSeconds: integer('session_timer_seconds'),
    /** Egress only: the supplier rate plan (a buy plan in one of the carrier's currencies, lib/class4). */
    supplierRatePlanId: uuid('supplier_rate_plan_id'),
    notes: text('notes').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    unique('carrier_interconnects_tenant_id_key').on(t.tenantId, t.id),
    // Targets of the composite foreign keys that carry the rules (services, addresses).
    unique('carrier_interconnects_carrier_key').on(t.id, t.carrierId),
    unique('carrier_interconnects_direction_key').on(t.tenantId, t.id, t.direction),
    unique('carrier_interconnects_address_key').on(t.id, t.carrierId, t.popId, t.techPrefix, t.direction),
    uniqueIndex('carrier_interconnects_carrier_name_key').on(t.carrierId, sql`lower(${t.name})`),
    index('carrier_interconnects_carrier_idx').on(t.carrierId, t.direction, t.name, t.id),
    index('carrier_interconnects_tenant_idx').on(t.tenantId, t.name, t.id),
    index('carrier_interconnects_pop_idx').on(t.popId),
    index('carrier_interconnects_supplier_plan_idx').on(t.supplierRatePlanId),
    foreignKey({ name: 'carrier_interconnects_carrier_fk', columns: [t.tenantId, t.carrierId], foreignColumns: [carriers.tenantId, carriers.id] }).onDelete('restrict'),
    /** A plan of the same brand; a plan in use is not deleted. */
    foreignKey({ name: 'carrier_interconnects_supplier_plan_fk', columns: [t.tenantId, t.supplierRatePlanId], foreignColumns: [ratePlans.tenantId, ratePlans.id] }).onDelete('restrict'),
    check('carrier_interconnects_name_length', sql`char_length(${t.name}) between 1 and 120`),
    check('carrier_interconnects_direction_valid', oneOf(t.direction, interconnectDirections)),
    check('carrier_interconnects_status_valid', oneOf(t.status, interconnectStatuses)),
    check('carrier_interconnects_tech_prefix_format', sql`${t.techPrefix} ~ '^[0-9#*]{0,10}$'`),
    check('carrier_interconnects_capacity_range', sql`coalesce(${t.maxChannels}, 1) between 1 and 1000000 and coalesce(${t.maxCps}, 1) between 1 and 100000`),
    check('carrier_interconnects_number_format_valid', oneOf(t.numberFormat, numberFormats)),
    check('carrier_interconnects_country_code_format', sql`${t.defaultCountryCode} is null or ${t.defaultCountryCode} ~ '^[1-9][0-9]{0,2}$'`),
    check('carrier_interconnects_national_prefix_format', sql`${t.nationalPrefix} is null or ${t.nationalPrefix} ~ '^[0-9]{1,3}$'`),
    check('carrier_interconnects_codecs_shape', sql`jsonb_typeof(${t.codecs}) = 'array' and jsonb_array_length(${t.codecs}) <= ${sql.raw(String(INTERCONNECT_MAX_CODECS))}`),
    check('carrier_interconnects_media_mode_valid', oneOf(t.mediaMode, mediaModes)),
    check('carrier_interconnects_dtmf_mode_valid', oneOf(t.dtmfMode, dtmfModes)),
    check('carrier_interconnects_transport_valid', oneOf(t.transport, sipTransports)),
    check('carrier_interconnects_rtp_timeout_range', sql`${t.rtpTimeoutSeconds} between 10 and 7200`),
    check('carrier_interconnects_sip_port_range', sql`${t.sipPort} between 1 and 65535`),
    check('carrier_interconnects_session_timer_range', sql`${t.sessionTimerSeconds} is null or ${t.sessionTimerSeconds} between 90 and 86400`),
    check('carrier_interconnects_supplier_plan_egress', sql`${t.supplierRatePlanId} is null or ${t.direction} = 'egress'`),
    check('carrier_interconnects_notes_length', sql`char_length(${t.notes}) <= 4000`),
  ],
);

/**
 * An interconnect's IP addresses / CIDRs (ingress: where calls may come from; egress: where we
 * send them). carrier_id, pop_id, tech_prefix and direction copy the interconnect's through one
 * composite foreign key (ON UPDATE CASCADE), so the exclusion constraints of `class4_rules` see them:
 * no overlap between two carriers' ingress CIDRs on one POP, and one tech prefix per ingress IP.
 */
export const carrierInterconnectAddresses = pgTable(
  'carrier_interconnect_addresses',
  {
    id: id(),
    tenantId: tenantId(),
    interconnectId: uuid('interconnect_id').notNull(),
    carrierId: uuid('carrier_id').notNull(),
    popId: uuid('pop_id').notNull(),
    techPrefix: text('tech_prefix').notNull(),
    direction: text('direction', { enum: interconnectDirections }).notNull(),
    network: cidr('network').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: 'carrier_interconnect_addresses_interconnect_fk',
      columns: [t.interconnectId, t.carrierId, t.popId, t.techPrefix, t.direction],
      foreignColumns: [carrierInterconnects.id, carrierInterconnects.carrierId, carrierInterconnects.popId, carrierInterconnects.techPrefix, carrierInterconnects.direction],
    })
      .onDelete('cascade')
      .onUpdate('cascade'),
    foreignKey({ name: 'carrier_interconnect_addresses_tenant_fk', columns: [t.tenantId, t.interconnectId], foreignColumns: [carrierInterconnects.tenantId, carrierInterconnects.id] }).onDelete('cascade'),
    index('carrier_interconnect_addresses_interconnect_idx').on(t.interconnectId, t.network),
  ],
);

/**
 * The commercial link on an ingress interconnect: which calls it takes (matching), how they are
 * rated (customer rating plan, in one of the carrier's currencies) and routed (to an egress
 * interconnect, or a routing plan). Several services on one interconnect differ by their matching.
 */
export const carrierServices = pgTable(
  'carrier_services',
  {
    id: id(),
    tenantId: tenantId(),
    carrierId: uuid('carrier_id').notNull(),
    interconnectId: uuid('interconnect_id').notNull(),
    /** Always 'ingress': with interconnect_id, a foreign key to the interconnect's direction (services live on ingress only). */
    interconnectDirection: text('interconnect_direction', { enum: interconnectDirections }).notNull().default('ingress'),
    name: text('name').notNull(),
    status: text('status', { enum: serviceStatuses }).notNull().default('active'),
    /** The customer rate plan (a sell plan of the brand, in rate_plan_currency); null = calls are not rated. */
    customerRatePlanId: uuid('customer_rate_plan_id'),
    /** That plan's currency: one of the carrier's currencies (trigger carrier_services_plan_currency). */
    ratePlanCurrency: text('rate_plan_currency'),
    routingMethod: text('routing_method', { enum: routingMethods }).notNull(),
    /** routing_method = interconnect: the egress interconnect calls go to (any carrier of the tenant). */
    routeInterconnectId: uuid('route_interconnect_id'),
    routeInterconnectDirection: text('route_interconnect_direction', { enum: interconnectDirections }).notNull().default('egress'),
    /**
     * routing_method = routing_plan: a routing plan of the brand. Its foreign key
     * (carrier_services_routing_plan_fk, restrict) is in the custom migration `0032_carrier_services_routing_plan_fk`:
     * db/schema/routing.ts imports this module, so the reference cannot be declared here.
     */
    routingPlanId: uuid('routing_plan_id'),
    timeClass: text('time_class', { enum: timeClasses }).notNull().default('all_week'),
    maxChannels: integer('max_channels'),
    maxCps: integer('max_cps'),
    /** Matching: A-number (origin) and B-number (destination) prefixes; empty = any. */
    originPrefixes: text('origin_prefixes').array().notNull().default(sql`'{}'::text[]`),
    destinationPrefixes: text('destination_prefixes').array().notNull().default(sql`'{}'::text[]`),
    minDigits: integer('min_digits'),
    maxDigits: integer('max_digits'),
    /** Blacklists: calls from / to these prefixes are refused. */
    blockedOriginPrefixes: text('blocked_origin_prefixes').array().notNull().default(sql`'{}'::text[]`),
    blockedDestinationPrefixes: text('blocked_destination_prefixes').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes').notNull().default(''),
    ...timestamps(),
  },
  (t) => [
    unique('carrier_services_tenant_id_key').on(t.tenantId, t.id),
    uniqueIndex('carrier_services_interconnect_name_key').on(t.interconnectId, sql`lower(${t.name})`),
    index('carrier_services_carrier_idx').on(t.carrierId, t.name, t.id),
    index('carrier_services_interconnect_idx').on(t.interconnectId, t.name, t.id),
    index('carrier_services_route_idx').on(t.routeInterconnectId),
    index('carrier_services_customer_plan_idx').on(t.customerRatePlanId),
    /** Deleting a routing plan looks up the services it routes (the restricting foreign key). */
    index('carrier_services_routing_plan_idx').on(t.routingPlanId),
    foreignKey({ name: 'carrier_services_carrier_fk', columns: [t.tenantId, t.carrierId], foreignColumns: [carriers.tenantId, carriers.id] }).onDelete('restrict'),
    /** A plan of the same brand; a plan in use is not deleted. */
    foreignKey({ name: 'carrier_services_customer_plan_fk', columns: [t.tenantId, t.customerRatePlanId], foreignColumns: [ratePlans.tenantId, ratePlans.id] }).onDelete('restrict'),
    // The rules, as foreign keys: the interconnect is this carrier's, and an ingress one.
    foreignKey({ name: 'carrier_services_same_carrier', columns: [t.interconnectId, t.carrierId], foreignColumns: [carrierInterconnects.id, carrierInterconnects.carrierId] }).onDelete('cascade'),
    foreignKey({
      name: 'carrier_services_ingress_interconnect',
      columns: [t.tenantId, t.interconnectId, t.interconnectDirection],
      foreignColumns: [carrierInterconnects.tenantId, carrierInterconnects.id, carrierInterconnects.direction],
    }).onDelete('cascade'),
    foreignKey({
      name: 'carrier_services_route_egress',
      columns: [t.tenantId, t.routeInterconnectId, t.routeInterconnectDirection],
      foreignColumns: [carrierInterconnects.tenantId, carrierInterconnects.id, carrierInterconnects.direction],
    }).onDelete('restrict'),
    check('carrier_services_interconnect_direction_ingress', sql`${t.interconnectDirection} = 'ingress'`),
    check('carrier_services_route_direction_egress', sql`${t.routeInterconnectDirection} = 'egress'`),
    check('carrier_services_name_length', sql`char_length(${t.name}) between 1 and 120`),
    check('carrier_services_status_valid', oneOf(t.status, serviceStatuses)),
    check('carrier_services_plan_pair', sql`(${t.customerRatePlanId} is null) = (${t.ratePlanCurrency} is null) and (${t.ratePlanCurrency} is null or ${t.ratePlanCurrency} ~ '^[A-Z]{3}$')`),
    check('carrier_services_routing_method_valid', oneOf(t.routingMethod, routingMethods)),
    check(
      'carrier_services_routing_target',
      sql`(${t.routingMethod} = 'interconnect' and ${t.routeInterconnectId} is not null and ${t.routingPlanId} is null) or (${t.routingMethod} = 'routing_plan' and ${t.routingPlanId} is not null and ${t.routeInterconnectId} is null)`,
    ),
    check('carrier_services_time_class_valid', oneOf(t.timeClass, timeClasses)),
    check('carrier_services_capacity_range', sql`coalesce(${t.maxChannels}, 1) between 1 and 1000000 and coalesce(${t.maxCps}, 1) between 1 and 100000`),
    check('carrier_services_digits_range', sql`coalesce(${t.minDigits}, 1) between 1 and 32 and coalesce(${t.maxDigits}, 32) between 1 and 32 and coalesce(${t.minDigits}, 1) <= coalesce(${t.maxDigits}, 32)`),
    check(
      'carrier_services_prefix_lists',
      sql`cardinality(${t.originPrefixes}) <= ${sql.raw(String(SERVICE_MAX_PREFIXES))} and cardinality(${t.destinationPrefixes}) <= ${sql.raw(String(SERVICE_MAX_PREFIXES))} and cardinality(${t.blockedOriginPrefixes}) <= ${sql.raw(String(SERVICE_MAX_PREFIXES))} and cardinality(${t.blockedDestinationPrefixes}) <= ${sql.raw(String(SERVICE_MAX_PREFIXES))}`,
    ),
    check('carrier_services_notes_length', sql`char_length(${t.notes}) <= 4000`),
  ],
);

export type CarrierRow = typeof carriers.$inferSelect;
export type CarrierContactRow = typeof carrierContacts.$inferSelect;
export type CarrierBalanceRow = typeof carrierBalances.$inferSelect;
export type CarrierInterconnectRow = typeof carrierInterconnects.$inferSelect;
export type CarrierInterconnectAddressRow = typeof carrierInterconnectAddresses.$inferSelect;
export type CarrierServiceRow = typeof carrierServices.$inferSelect;
