import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform, withTenant } from '@/db/client';
import { auditEvents, carrierBalances, carrierInterconnectAddresses, carrierInterconnects, carriers, carrierServices, catalogPops, webhookEvents } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { createUser, ctxOf, tenantIdOf } from '@/tests/actors';
import { createRatePlan } from '@/lib/rates';
import { createRoutingPlan, deleteRoutingPlan } from '@/lib/routing';
import {
  cidrsOverlap,
  class4Rules,
  createCarrier,
  createInterconnect,
  createService,
  deleteCarrier,
  deleteInterconnect,
  getCarrier,
  getInterconnect,
  getService,
  isIpOrCidr,
  linkCarrierUsers,
  listCarriers,
  listInterconnects,
  listServices,
  normaliseCidr,
  ruleOfDbError,
  updateCarrier,
  updateInterconnect,
  updateService,
  withRuleErrors,
  type Class4Rule,
} from './index';

/**
 * lib/class4 against PostgreSQL: every rule refused by the service (with its message and the
 * conflicting record) AND by the database when the service is bypassed (a direct write as the app
 * role, under RLS), scopes (a carrier user sees its own carrier only), hostile input.
 */

let acmeId: string;
let staff: Ctx;
let support: Ctx;
let acmeAdmin: Ctx;
let carrierUserA: Ctx;
let carrierUserB: Ctx;
let popId: string;
let pop2Id: string;
let net = 10;

const uniq = () => randomUUID().slice(0, 6).toUpperCase();
/** A fresh /24 per call so tests never collide on addresses. */
const nextNet = () => `10.${Math.floor(net / 250)}.${net++ % 250}.0/24`;

/** A routing plan of the brand, for services routed by plan (carrier_services_routing_plan_fk). */
const routingPlanOf = async (tenantId: string) => (await createRoutingPlan({ ctx: staff, input: { tenantId, name: `Routing ${uniq()}` } })).id;

const carrierInput = (over: Record<string, unknown> = {}) => ({ tenantId: acmeId, name: `Carrier ${uniq()}`, code: `C${uniq()}`, type: 'bilateral' as const, primaryCurrency: 'usd', ...over });

async function expectRule(promise: Promise<unknown>, rule: Class4Rule, conflict?: RegExp) {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { status?: number; code?: string; message?: string; details?: { rule?: string } } | null;
  expect(error, `expected rule ${rule}`).not.toBeNull();
  expect(error).toMatchObject({ status: 409, code: 'rule_violation', details: { rule } });
  expect(error!.message!.startsWith(class4Rules[rule])).toBe(true);
  if (conflict) expect(error!.message).toMatch(conflict);
}

/** A direct write as the app role (withTenant: RLS on), through withRuleErrors: the database alone refuses it. */
function bypass(fn: Parameters<typeof withTenant>[1]) {
  return withRuleErrors(() => withTenant(acmeId, fn));
}

beforeAll(async () => {
  acmeId = await tenantIdOf('acme');
  staff = await ctxOf(await createUser('didtron', 'super_admin'), 'didtron');
  support = await ctxOf(await createUser('didtron', 'support'), 'didtron');
  acmeAdmin = await ctxOf(await createUser('acme', 'tenant_admin'), 'acme');
  const ua = await createUser('acme', 'carrier_user');
  const ub = await createUser('acme', 'carrier_user');
  carrierUserA = await ctxOf(ua, 'acme');
  carrierUserB = await ctxOf(ub, 'acme');
  const pops = await withPlatform((tx) =>
    tx
      .insert(catalogPops)
      .values([
        { name: `POP ${uniq()}`, code: `T${uniq()}`, region: 'europe' },
        { name: `POP ${uniq()}`, code: `T${uniq()}`, region: 'europe' },
      ])
      .returning(),
  );
  popId = pops[0]!.id;
  pop2Id = pops[1]!.id;
  (globalThis as { __class4Users?: string[] }).__class4Users = [ua.id, ub.id];
});

describe('cidr helpers', () => {
  it('parses, normalises and overlaps like PostgreSQL', () => {
    expect(normaliseCidr('203.0.113.10')).toBe('203.0.113.10/32');
    expect(normaliseCidr('2001:db8:0:0:0:0:0:1')).toBe('2001:db8::1/128');
    expect(isIpOrCidr('203.0.113.5/24')).toBe(false);
    expect(isIpOrCidr('203.0.113.0/24')).toBe(true);
    expect(isIpOrCidr('256.0.0.1')).toBe(false);
    expect(isIpOrCidr('1.2.3')).toBe(false);
    expect(isIpOrCidr('::ffff:192.0.2.1')).toBe(true);
    expect(cidrsOverlap('10.0.0.0/8', '10.1.2.3/32')).toBe(true);
    expect(cidrsOverlap('10.0.0.0/24', '10.0.1.0/24')).toBe(false);
    expect(cidrsOverlap('10.0.0.0/24', '2001:db8::/32')).toBe(false);
  });
});

describe('carriers', () => {
  it('creates with contacts, audits, publishes carrier.created, and lists in scope', async () => {
    const c = await createCarrier({
      ctx: staff,
      input: carrierInput({ extraCurrencies: ['eur', 'gbp'], contacts: [{ kind: 'noc', name: 'NOC desk', email: 'NOC@Example.com', phone: '+44 20 7946 0000' }] }),
    });
    expect(c).toMatchObject({ tenantId: acmeId, primaryCurrency: 'USD', currencies: ['USD', 'EUR', 'GBP'] });
    const detail = await getCarrier({ ctx: staff, input: { id: c.id } });
    expect(detail.contacts).toEqual([expect.objectContaining({ kind: 'noc', email: 'noc@example.com' })]);
    const audit = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, c.id)));
    expect(audit.map((a) => a.action)).toEqual(['create']);
    const events = await withPlatform((tx) => tx.select().from(webhookEvents).where(eq(webhookEvents.tenantId, acmeId)));
    expect(events.some((e) => e.type === 'carrier.created' && (e.payload as { carrierId: string }).carrierId === c.id)).toBe(true);
    const page = await listCarriers({ ctx: staff, input: new URLSearchParams({ q: c.code }) });
    expect(page.items.map((i) => i.id)).toEqual([c.id]);
  });

  it('refuses hostile input by field, never 5xx', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ name: 'a\u0000b' }, 'name'],
      [{ name: 'x'.repeat(10_000) }, 'name'],
      [{ code: 'bad code!' }, 'code'],
      [{ type: 'reseller' }, 'type'],
      [{ primaryCurrency: 'XAU' }, 'primaryCurrency'],
      [{ extraCurrencies: ['EUR', 'GBP', 'JPY', 'CHF'] }, 'extraCurrencies'],
      [{ creditLimitMinor: 1.5 }, 'creditLimitMinor'],
      [{ creditLimitMinor: 1e30 }, 'creditLimitMinor'],
      [{ creditLimitMinor: '100' }, 'creditLimitMinor'],
      [{ maxCps: -1 }, 'maxCps'],
      [{ customerAccountId: 'not-a-uuid' }, 'customerAccountId'],
      [{ contacts: [{ kind: 'ceo', name: 'x' }] }, 'contacts.0.kind'],
      [{ contacts: [{ kind: 'noc', name: 'x', email: 'nope' }] }, 'contacts.0.email'],
      [{ unknownField: 1 }, ''],
    ];
    for (const [over, path] of cases) {
      const error = (await createCarrier({ ctx: staff, input: carrierInput(over) as never }).catch((e: unknown) => e)) as { status: number; details: Array<{ path: string }> };
      expect(error.status, JSON.stringify(over).slice(0, 80)).toBe(422);
      if (path) expect(error.details.map((d) => d.path)).toContain(path);
    }
  });

  it('refuses a foreign customer account and a duplicate code by field', async () => {
    const c = await createCarrier({ ctx: staff, input: carrierInput() });
    await expect(createCarrier({ ctx: staff, input: carrierInput({ code: c.code }) })).rejects.toMatchObject({ status: 422, details: [{ path: 'code' }] });
    await expect(createCarrier({ ctx: staff, input: carrierInput({ customerAccountId: randomUUID() }) })).rejects.toMatchObject({ status: 422, details: [{ path: 'customerAccountId' }] });
  });

  it('is for platform staff only: a tenant admin and support cannot write; support cannot read', async () => {
    await expect(createCarrier({ ctx: acmeAdmin, input: carrierInput() })).rejects.toMatchObject({ status: 403 });
    await expect(createCarrier({ ctx: support, input: carrierInput() })).rejects.toMatchObject({ status: 403 });
    await expect(listCarriers({ ctx: support, input: new URLSearchParams() })).rejects.toMatchObject({ status: 403 });
  });

  it('rule: a currency in use is never removed (service and database)', async () => {
    const c = await createCarrier({ ctx: staff, input: carrierInput({ extraCurrencies: ['EUR'] }) });
    await withPlatform((tx) => tx.insert(carrierBalances).values({ tenantId: acmeId, carrierId: c.id, currency: 'EUR', customerBalanceMinor: 500 }));
    await expectRule(updateCarrier({ ctx: staff, input: { id: c.id, extraCurrencies: [] } }), 'carriers_currency_kept', /EUR/);
    await expectRule(
      bypass((tx) => tx.update(carriers).set({ currencies: ['USD'] }).where(eq(carriers.id, c.id))),
      'carriers_currency_kept',
      /EUR/,
    );
    // An unused currency goes.
    const d = await createCarrier({ ctx: staff, input: carrierInput({ extraCurrencies: ['EUR'] }) });
    await expect(updateCarrier({ ctx: staff, input: { id: d.id, extraCurrencies: [] } })).resolves.toMatchObject({ currencies: ['USD'] });
  });

  it('shows net exposure (customer - supplier) and its alerts, in integer minor units', async () => {
    const c = await createCarrier({ ctx: staff, input: carrierInput({ lowBalanceAlertMinor: 10_000, exposureAlertMinor: -5_000, exposureLimitMinor: -20_000 }) });
    await withPlatform((tx) => tx.insert(carrierBalances).values({ tenantId: acmeId, carrierId: c.id, currency: 'USD', customerBalanceMinor: 2_000, supplierBalanceMinor: 9_000 }));
    const detail = await getCarrier({ ctx: staff, input: { id: c.id } });
    expect(detail.balances).toEqual([expect.objectContaining({ currency: 'USD', netExposureMinor: -7_000, lowBalance: true, exposureAlert: true, exposureLimitReached: false })]);
  });
});

describe('interconnect and service rules', () => {
  it('rule: an interconnect’s direction fits the carrier type (service and database)', async () => {
    const supplier = await createCarrier({ ctx: staff, input: carrierInput({ type: 'supplier' }) });
    await expectRule(createInterconnect({ ctx: staff, input: { carrierId: supplier.id, direction: 'ingress', name: 'In', popId } }), 'carrier_interconnects_direction_fits_type', new RegExp(supplier.name));
    await expectRule(
      bypass((tx) => tx.insert(carrierInterconnects).values({ tenantId: acmeId, carrierId: supplier.id, name: 'In', direction: 'ingress', popId })),
      'carrier_interconnects_direction_fits_type',
      new RegExp(supplier.name),
    );
    // And the type cannot change under an interconnect of the other direction.
    const eg = await createInterconnect({ ctx: staff, input: { carrierId: supplier.id, direction: 'egress', name: 'Out', popId } });
    await expectRule(updateCarrier({ ctx: staff, input: { id: supplier.id, type: 'customer' } }), 'carriers_type_fits_interconnects', new RegExp(eg.id));
    await expectRule(
      bypass((tx) => tx.update(carriers).set({ type: 'customer' }).where(eq(carriers.id, supplier.id))),
      'carriers_type_fits_interconnects',
      new RegExp(eg.id),
    );
  });

  it('rule: no overlapping ingress CIDRs between carriers on one POP (service and database)', async () => {
    const a = await createCarrier({ ctx: staff, input: carrierInput({ type: 'customer' }) });
    const b = await createCarrier({ ctx: staff, input: carrierInput({ type: 'customer' }) });
    const network = nextNet();
    const icA = await createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'ingress', name: 'A in', popId, addresses: [network] } });
    const host = network.replace('.0/24', '.7');
    await expectRule(createInterconnect({ ctx: staff, input: { carrierId: b.id, direction: 'ingress', name: 'B in', popId, addresses: [host] } }), 'carrier_interconnect_addresses_no_overlap', new RegExp(`${a.name}.*${icA.id}`));
    const icB = await createInterconnect({ ctx: staff, input: { carrierId: b.id, direction: 'ingress', name: 'B in', popId, addresses: [] } });
    await expectRule(
      bypass((tx) =>
        tx.insert(carrierInterconnectAddresses).values({ tenantId: acmeId, interconnectId: icB.id, carrierId: b.id, popId, techPrefix: '', direction: 'ingress', network: `${host}/32` }),
      ),
      // Under RLS PostgreSQL withholds the conflicting key's values from the detail: the rule is named, the record only by the service.
      'carrier_interconnect_addresses_no_overlap',
    );
    // Another POP is another switch: the same address is fine there.
    await expect(createInterconnect({ ctx: staff, input: { carrierId: b.id, direction: 'ingress', name: 'B in 2', popId: pop2Id, addresses: [host] } })).resolves.toMatchObject({ addresses: [`${host}/32`] });
    await expect(getInterconnect({ ctx: staff, input: { id: icA.id } })).resolves.toMatchObject({ addresses: [network] });
  });

  it('rule: a tech prefix is unique per ingress IP (service and database)', async () => {
    const a = await createCarrier({ ctx: staff, input: carrierInput({ type: 'customer' }) });
    const network = nextNet();
    const first = await createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'ingress', name: 'Gold', popId, techPrefix: '1234', addresses: [network] } });
    await expectRule(
      createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'ingress', name: 'Gold 2', popId, techPrefix: '1234', addresses: [network] } }),
      'carrier_interconnect_addresses_tech_prefix_unique',
      new RegExp(first.id),
    );
    // A different prefix on the same IP tells the calls apart.
    const second = await createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'ingress', name: 'Silver', popId, techPrefix: '5678', addresses: [network] } });
    await expectRule(
      bypass((tx) => tx.insert(carrierInterconnectAddresses).values({ tenantId: acmeId, interconnectId: first.id, carrierId: a.id, popId, techPrefix: '1234', direction: 'ingress', network })),
      'carrier_interconnect_addresses_tech_prefix_unique',
    );
    // Changing the prefix cascades to the addresses, where the exclusion constraint refuses it.
    await expectRule(updateInterconnect({ ctx: staff, input: { id: second.id, techPrefix: '1234' } }), 'carrier_interconnect_addresses_tech_prefix_unique', new RegExp(first.id));
    await expectRule(
      bypass((tx) => tx.update(carrierInterconnects).set({ techPrefix: '1234' }).where(eq(carrierInterconnects.id, second.id))),
      'carrier_interconnect_addresses_tech_prefix_unique',
    );
  });

  it('rules of services: same carrier, ingress only, plan currency, egress route (service and database)', async () => {
    const a = await createCarrier({ ctx: staff, input: carrierInput({ extraCurrencies: ['EUR'] }) });
    const b = await createCarrier({ ctx: staff, input: carrierInput() });
    const inA = await createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'ingress', name: 'In', popId, addresses: [nextNet()] } });
    const outA = await createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'egress', name: 'Out', popId, addresses: ['198.51.100.10'] } });
    const inB = await createInterconnect({ ctx: staff, input: { carrierId: b.id, direction: 'ingress', name: 'In', popId, addresses: [nextNet()] } });
    const plan = (await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: `Sell ${uniq()}`, kind: 'sell', currency: 'EUR' } })).id;
    const buyPlan = (await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: `Buy ${uniq()}`, kind: 'buy', currency: 'EUR' } })).id;
    const base = { carrierId: a.id, interconnectId: inA.id, name: `Svc ${uniq()}`, routingMethod: 'interconnect' as const, routeInterconnectId: outA.id, customerRatePlanId: plan, ratePlanCurrency: 'EUR' };
    const svc = await createService({ ctx: staff, input: base });
    expect(svc).toMatchObject({ interconnectName: 'In', routeInterconnectName: 'Out', ratePlanCurrency: 'EUR', customerRatePlanId: plan });

    // Same carrier.
    await expectRule(createService({ ctx: staff, input: { ...base, name: 'x1', interconnectId: inB.id } }), 'carrier_services_same_carrier', new RegExp(`${inB.id}.*${b.name}`));
    await expectRule(
      bypass((tx) => tx.insert(carrierServices).values({ tenantId: acmeId, carrierId: a.id, interconnectId: inB.id, name: 'x1', routingMethod: 'interconnect', routeInterconnectId: outA.id })),
      'carrier_services_same_carrier',
    );
    // Ingress only.
    await expectRule(createService({ ctx: staff, input: { ...base, name: 'x2', interconnectId: outA.id } }), 'carrier_services_ingress_interconnect', new RegExp(outA.id));
    await expectRule(
      bypass((tx) => tx.insert(carrierServices).values({ tenantId: acmeId, carrierId: a.id, interconnectId: outA.id, name: 'x2', routingMethod: 'interconnect', routeInterconnectId: outA.id })),
      'carrier_services_ingress_interconnect',
    );
    // ... and an interconnect with services stays ingress.
    await expectRule(updateInterconnect({ ctx: staff, input: { id: inA.id, direction: 'egress' } }), 'carrier_services_ingress_interconnect', new RegExp(svc.id));
    await expectRule(
      bypass((tx) => tx.update(carrierInterconnects).set({ direction: 'egress' }).where(eq(carrierInterconnects.id, inA.id))),
      'carrier_services_ingress_interconnect',
    );
    // Plan currency.
    await expectRule(createService({ ctx: staff, input: { ...base, name: 'x3', ratePlanCurrency: 'GBP' } }), 'carrier_services_plan_currency', new RegExp(`GBP.*${a.name}`));
    await expectRule(
      bypass((tx) =>
        tx.insert(carrierServices).values({ tenantId: acmeId, carrierId: a.id, interconnectId: inA.id, name: 'x3', routingMethod: 'interconnect', routeInterconnectId: outA.id, customerRatePlanId: plan, ratePlanCurrency: 'GBP' }),
      ),
      'carrier_services_plan_currency',
      new RegExp(a.name),
    );
    // The plan's currency is now used: never removed.
    await expectRule(updateCarrier({ ctx: staff, input: { id: a.id, extraCurrencies: [] } }), 'carriers_currency_kept', /EUR/);
    // Route target is egress.
    await expectRule(createService({ ctx: staff, input: { ...base, name: 'x4', routeInterconnectId: inB.id } }), 'carrier_services_route_egress', new RegExp(inB.id));
    await expectRule(
      bypass((tx) => tx.insert(carrierServices).values({ tenantId: acmeId, carrierId: a.id, interconnectId: inA.id, name: 'x4', routingMethod: 'interconnect', routeInterconnectId: inB.id })),
      'carrier_services_route_egress',
    );
    // Routing target coherent.
    await expectRule(createService({ ctx: staff, input: { ...base, name: 'x5', routingMethod: 'routing_plan', routeInterconnectId: null } }), 'carrier_services_routing_target');
    await expectRule(
      bypass((tx) => tx.insert(carrierServices).values({ tenantId: acmeId, carrierId: a.id, interconnectId: inA.id, name: 'x5', routingMethod: 'routing_plan' })),
      'carrier_services_routing_target',
    );
    // A routing plan of the brand works; a missing one or another brand's is refused by field, and by
    // the database when bypassed; a plan that routes a service is not deleted.
    const routingPlanId = await routingPlanOf(acmeId);
    const routed = await createService({ ctx: staff, input: { ...base, name: 'Plan routed', routingMethod: 'routing_plan', routeInterconnectId: null, routingPlanId } });
    expect(routed).toMatchObject({ routingMethod: 'routing_plan', routingPlanId });
    const rootPlan = await routingPlanOf(await tenantIdOf('didtron'));
    for (const foreign of [randomUUID(), rootPlan]) {
      await expect(createService({ ctx: staff, input: { ...base, name: 'x6', routingMethod: 'routing_plan', routeInterconnectId: null, routingPlanId: foreign } })).rejects.toMatchObject({ status: 422, details: [{ path: 'routingPlanId' }] });
      await expect(updateService({ ctx: staff, input: { id: routed.id, routingPlanId: foreign } })).rejects.toMatchObject({ status: 422, details: [{ path: 'routingPlanId' }] });
    }
    await expectRule(
      bypass((tx) => tx.insert(carrierServices).values({ tenantId: acmeId, carrierId: a.id, interconnectId: inA.id, name: 'x6', routingMethod: 'routing_plan', routingPlanId: randomUUID() })),
      'carrier_services_routing_plan_fk',
    );
    await expect(deleteRoutingPlan({ ctx: staff, input: { id: routingPlanId } })).rejects.toMatchObject({ status: 409, details: { rule: 'carrier_services_routing_plan_fk' } });
    // Egress interconnects carry the supplier plan, ingress ones cannot.
    await expect(updateInterconnect({ ctx: staff, input: { id: outA.id, supplierRatePlanId: buyPlan } })).resolves.toMatchObject({ supplierRatePlanId: buyPlan });
    await expectRule(updateInterconnect({ ctx: staff, input: { id: inA.id, supplierRatePlanId: buyPlan } }), 'carrier_interconnects_supplier_plan_egress');
    await expectRule(
      bypass((tx) => tx.update(carrierInterconnects).set({ supplierRatePlanId: buyPlan }).where(eq(carrierInterconnects.id, inA.id))),
      'carrier_interconnects_supplier_plan_egress',
    );
    // Deleting: the routed-to interconnect and a carrier with interconnects are refused.
    await expectRule(deleteInterconnect({ ctx: staff, input: { id: outA.id } }), 'carrier_services_route_egress', new RegExp(svc.id));
    await expectRule(deleteCarrier({ ctx: staff, input: { id: a.id } }), 'carrier_interconnects_carrier_fk');
    await expectRule(
      bypass((tx) => tx.delete(carriers).where(eq(carriers.id, a.id))),
      'carrier_interconnects_carrier_fk',
    );
    // Updates keep the rules.
    await expect(updateService({ ctx: staff, input: { id: svc.id, originPrefixes: ['44'], blockedDestinationPrefixes: ['44900'], timeClass: 'weekdays' } })).resolves.toMatchObject({ timeClass: 'weekdays' });
    await expectRule(updateService({ ctx: staff, input: { id: svc.id, ratePlanCurrency: 'JPY' } }), 'carrier_services_plan_currency');
  });

  it('plan references are real rate plans of the brand: sell plans on services in their currency, buy plans on egress interconnects', async () => {
    const a = await createCarrier({ ctx: staff, input: carrierInput({ extraCurrencies: ['EUR'] }) });
    const inA = await createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'ingress', name: 'In', popId, addresses: [nextNet()] } });
    const outA = await createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'egress', name: 'Out', popId, addresses: ['198.51.100.11'] } });
    const plan = async (kind: 'sell' | 'buy', currency: string, tenantId = acmeId) => (await createRatePlan({ ctx: staff, input: { tenantId, name: `${kind} ${uniq()}`, kind, currency } })).id;
    const sellEur = await plan('sell', 'EUR');
    const buyEur = await plan('buy', 'EUR');
    const sellGbp = await plan('sell', 'GBP');
    const rootSell = await plan('sell', 'EUR', await tenantIdOf('didtron'));
    const base = { carrierId: a.id, interconnectId: inA.id, routingMethod: 'interconnect' as const, routeInterconnectId: outA.id, ratePlanCurrency: 'EUR' };
    const refused = (p: Promise<unknown>, path: string, message: RegExp) => expect(p).rejects.toMatchObject({ status: 422, details: [{ path, message: expect.stringMatching(message) }] });
    await refused(createService({ ctx: staff, input: { ...base, name: 'k', customerRatePlanId: buyEur } }), 'customerRatePlanId', /buy \(supplier\) plan/);
    await refused(createService({ ctx: staff, input: { ...base, name: 'c', customerRatePlanId: sellGbp } }), 'ratePlanCurrency', /GBP, not EUR/);
    await refused(createService({ ctx: staff, input: { ...base, name: 'f', customerRatePlanId: rootSell } }), 'customerRatePlanId', /brand/);
    await refused(createService({ ctx: staff, input: { ...base, name: 'n', customerRatePlanId: randomUUID() } }), 'customerRatePlanId', /brand/);
    await expect(createService({ ctx: staff, input: { ...base, name: 'ok', customerRatePlanId: sellEur } })).resolves.toMatchObject({ customerRatePlanId: sellEur });
    await refused(updateInterconnect({ ctx: staff, input: { id: outA.id, supplierRatePlanId: sellEur } }), 'supplierRatePlanId', /sell \(customer\) plan/);
    await refused(updateInterconnect({ ctx: staff, input: { id: outA.id, supplierRatePlanId: await plan('buy', 'JPY') } }), 'supplierRatePlanId', /not a currency of carrier/);
    await expect(updateInterconnect({ ctx: staff, input: { id: outA.id, supplierRatePlanId: buyEur } })).resolves.toMatchObject({ supplierRatePlanId: buyEur });
    // The database refuses a reference to no plan, or to another brand's, past the services.
    await expectRule(bypass((tx) => tx.update(carrierInterconnects).set({ supplierRatePlanId: randomUUID() }).where(eq(carrierInterconnects.id, outA.id))), 'carrier_interconnects_supplier_plan_fk');
    await expectRule(
      bypass((tx) => tx.insert(carrierServices).values({ tenantId: acmeId, carrierId: a.id, interconnectId: inA.id, name: 'fk', routingMethod: 'interconnect', routeInterconnectId: outA.id, customerRatePlanId: rootSell, ratePlanCurrency: 'EUR' })),
      'carrier_services_customer_plan_fk',
    );
  });

  it('maps every rule name to a database constraint or trigger (none is a dead entry)', async () => {
    const names = await withPlatform((tx) =>
      tx.execute<{ name: string }>(
        // Constraints, and the CONSTRAINT names the trigger functions raise.
        `select conname as name from pg_constraint where conname like 'carrier%' union all select unnest(regexp_matches(prosrc, 'CONSTRAINT = ''([a-z_]+)''', 'g')) from pg_proc where proname like 'class4_%'` as never,
      ),
    );
    const present = new Set((names as unknown as Array<{ name: string }>).map((n) => n.name));
    for (const rule of Object.keys(class4Rules)) expect(present, rule).toContain(rule);
    expect(ruleOfDbError(new Error('x'))).toBeNull();
  });

  it('refuses hostile interconnect and service input by field', async () => {
    const a = await createCarrier({ ctx: staff, input: carrierInput() });
    const bad: Array<[Record<string, unknown>, string]> = [
      [{ addresses: ['203.0.113.5/24'] }, 'addresses.0'],
      [{ addresses: ['999.1.1.1'] }, 'addresses.0'],
      [{ addresses: ['x'.repeat(100_000)] }, 'addresses.0'],
      [{ addresses: Array.from({ length: 65 }, (_, i) => `192.0.2.${i}`) }, 'addresses'],
      [{ techPrefix: '12a' }, 'techPrefix'],
      [{ maxCps: 0 }, 'maxCps'],
      [{ sipPort: 70000 }, 'sipPort'],
      [{ codecs: [{ codec: 'G729', mode: 'supported' }, { codec: 'g729', mode: 'relay' }] }, 'codecs'],
      [{ codecs: [{ codec: 'G7\u000029', mode: 'supported' }] }, 'codecs.0.codec'],
      [{ popId: 'nope' }, 'popId'],
      [{ name: '\u0007' }, 'name'],
    ];
    for (const [over, path] of bad) {
      const error = (await createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'ingress', name: 'In', popId, ...over } as never }).catch((e: unknown) => e)) as { status: number; details: Array<{ path: string }> };
      expect(error.status, JSON.stringify(over).slice(0, 80)).toBe(422);
      expect(error.details.map((d) => d.path)).toContain(path);
    }
    await expect(createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'ingress', name: 'In', popId: randomUUID() } })).rejects.toMatchObject({ status: 422, details: [{ path: 'popId' }] });
    await expect(createInterconnect({ ctx: staff, input: { carrierId: randomUUID(), direction: 'ingress', name: 'In', popId } })).rejects.toMatchObject({ status: 404 });
    const inA = await createInterconnect({ ctx: staff, input: { carrierId: a.id, direction: 'ingress', name: 'In', popId } });
    const svcBad: Array<[Record<string, unknown>, string]> = [
      [{ originPrefixes: ['44x'] }, 'originPrefixes.0'],
      [{ destinationPrefixes: Array.from({ length: 201 }, () => '1') }, 'destinationPrefixes'],
      [{ minDigits: 0 }, 'minDigits'],
      [{ routingMethod: 'lcr' }, 'routingMethod'],
      [{ timeClass: 'never' }, 'timeClass'],
    ];
    for (const [over, path] of svcBad) {
      const error = (await createService({ ctx: staff, input: { carrierId: a.id, interconnectId: inA.id, name: 'S', routingMethod: 'routing_plan', routingPlanId: randomUUID(), ...over } as never }).catch((e: unknown) => e)) as {
        status: number;
        details: Array<{ path: string }>;
      };
      expect(error.status, JSON.stringify(over).slice(0, 80)).toBe(422);
      expect(error.details.map((d) => d.path)).toContain(path);
    }
  });
});

describe('carrier users', () => {
  it('see their own carrier only (lists, reads, foreign ids are 404), and cannot write', async () => {
    const [ua, ub] = (globalThis as { __class4Users?: string[] }).__class4Users!;
    const mine = await createCarrier({ ctx: staff, input: carrierInput({ type: 'customer' }) });
    const other = await createCarrier({ ctx: staff, input: carrierInput({ type: 'customer' }) });
    await expect(listCarriers({ ctx: carrierUserA, input: new URLSearchParams() })).rejects.toMatchObject({ status: 403 });
    await linkCarrierUsers({ ctx: staff, input: { id: mine.id, userIds: [ua!] } });
    await linkCarrierUsers({ ctx: staff, input: { id: other.id, userIds: [ub!] } });
    await expect(linkCarrierUsers({ ctx: staff, input: { id: mine.id, userIds: [staff.actor.userId] } })).rejects.toMatchObject({ status: 422 });
    const myIc = await createInterconnect({ ctx: staff, input: { carrierId: mine.id, direction: 'ingress', name: 'Mine', popId, addresses: [nextNet()] } });
    const otherIc = await createInterconnect({ ctx: staff, input: { carrierId: other.id, direction: 'ingress', name: 'Theirs', popId, addresses: [nextNet()] } });
    const otherSvc = await createService({ ctx: staff, input: { carrierId: other.id, interconnectId: otherIc.id, name: 'S', routingMethod: 'routing_plan', routingPlanId: await routingPlanOf(acmeId) } });

    const carriersSeen = await listCarriers({ ctx: carrierUserA, input: new URLSearchParams() });
    expect(carriersSeen.items.map((c) => c.id)).toEqual([mine.id]);
    const ics = await listInterconnects({ ctx: carrierUserA, input: new URLSearchParams() });
    expect(ics.items.map((i) => i.id)).toEqual([myIc.id]);
    const filtered = await listInterconnects({ ctx: carrierUserA, input: new URLSearchParams({ carrier: other.id }) });
    expect(filtered.items).toEqual([]);
    expect((await listServices({ ctx: carrierUserA, input: new URLSearchParams() })).items).toEqual([]);
    await expect(getCarrier({ ctx: carrierUserA, input: { id: other.id } })).rejects.toMatchObject({ status: 404 });
    await expect(getInterconnect({ ctx: carrierUserA, input: { id: otherIc.id } })).rejects.toMatchObject({ status: 404 });
    await expect(getService({ ctx: carrierUserA, input: { id: otherSvc.id } })).rejects.toMatchObject({ status: 404 });
    await expect(getCarrier({ ctx: carrierUserA, input: { id: mine.id } })).resolves.toMatchObject({ id: mine.id });
    await expect(updateCarrier({ ctx: carrierUserA, input: { id: mine.id, name: 'Hijack' } })).rejects.toMatchObject({ status: 403 });
    await expect(createInterconnect({ ctx: carrierUserA, input: { carrierId: mine.id, direction: 'ingress', name: 'X', popId } })).rejects.toMatchObject({ status: 403 });
    void carrierUserB;
  });
});
