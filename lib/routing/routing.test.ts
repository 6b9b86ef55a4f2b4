import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform, withTenant } from '@/db/client';
import { auditEvents, catalogPops, routeSuppliers, webhookEvents } from '@/db/schema';
import { createCarrier, createInterconnect, updateInterconnect } from '@/lib/class4';
import { systemCtx, type Ctx } from '@/lib/context';
import { addRateRows, createDraftVersion, createRatePlan, publishRatePlanVersion } from '@/lib/rates';
import { createUser, ctxOf, tenantIdOf } from '@/tests/actors';
import {
  createRouteGroup,
  createRoutingPlan,
  deleteRouteEntry,
  deleteRouteGroup,
  deleteRoutingPlan,
  getRouteCheck,
  getRoutingPlan,
  listRouteEntries,
  listRouteFindings,
  listRouteGroups,
  listRoutingPlans,
  routeNumber,
  routingRules,
  runRouteCheck,
  startRouteCheck,
  updateRouteGroup,
  updateRoutingPlan,
  upsertRouteEntries,
  withRoutingErrors,
  type RoutingRule,
} from './index';

/**
 * lib/routing against PostgreSQL: plans, entries and groups; the supplier-plan rule refused by the
 * service AND by the database; route a number with every skip reason and the margin floor; the
 * route table check job's work; permissions, tenant isolation, hostile input.
 */

let acmeId: string;
let didtronId: string;
let staff: Ctx;
let support: Ctx;
let acmeAdmin: Ctx;
let carrierUser: Ctx;
let popId: string;
const T0 = '2026-01-01T00:00:00Z';
const AT = '2026-03-01T12:00:00Z';
const uniq = () => randomUUID().slice(0, 6).toUpperCase();

async function error(promise: Promise<unknown>) {
  return (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { status?: number; code?: string; message?: string; problems?: Array<{ path: string; message: string }>; details?: { rule?: string } } | null;
}

async function expectRule(promise: Promise<unknown>, rule: RoutingRule) {
  const e = await error(promise);
  expect(e, `expected rule ${rule}`).toMatchObject({ status: 409, code: 'rule_violation', details: { rule } });
  expect(e!.message!.startsWith(routingRules[rule])).toBe(true);
}

async function publishedPlan(tenantId: string, kind: 'sell' | 'buy', currency: string, rows: Array<[string, string, boolean?]>) {
  const plan = await createRatePlan({ ctx: staff, input: { tenantId, name: `Plan ${uniq()}`, kind, currency } });
  const draft = await createDraftVersion({ ctx: staff, input: { planId: plan.id } });
  await addRateRows({ ctx: staff, input: { versionId: draft.id, rows: rows.map(([prefix, rate, blocked]) => ({ prefix, destination: `Dest ${prefix}`, rate, effectiveFrom: T0, blocked: blocked ?? false })) } });
  await publishRatePlanVersion({ ctx: staff, input: { id: draft.id } });
  return plan;
}

async function supplier(tenantId: string, planId: string | null, over: Record<string, unknown> = {}) {
  const carrier = await createCarrier({ ctx: staff, input: { tenantId, name: `Supplier ${uniq()}`, code: `S${uniq()}`, type: 'supplier', primaryCurrency: 'USD', extraCurrencies: ['EUR'] } });
  return createInterconnect({ ctx: staff, input: { carrierId: carrier.id, direction: 'egress', name: `Out ${uniq()}`, popId, supplierRatePlanId: planId, ...over } as never });
}

let sellPlan: { id: string };
let cheap: { id: string };
let dear: { id: string };
let noRate: { id: string };
let blocked: { id: string };
let euro: { id: string };

beforeAll(async () => {
  acmeId = await tenantIdOf('acme');
  didtronId = await tenantIdOf('didtron');
  staff = await ctxOf(await createUser('didtron', 'super_admin'), 'didtron');
  support = await ctxOf(await createUser('didtron', 'support'), 'didtron');
  acmeAdmin = await ctxOf(await createUser('acme', 'tenant_admin'), 'acme');
  carrierUser = await ctxOf(await createUser('acme', 'carrier_user'), 'acme');
  const [pop] = await withPlatform((tx) => tx.insert(catalogPops).values({ name: `POP ${uniq()}`, code: `R${uniq()}`, region: 'europe' }).returning());
  popId = pop!.id;
  sellPlan = await publishedPlan(acmeId, 'sell', 'USD', [
    ['44', '0.0200'],
    ['447', '0.0500'],
    ['33', '0.0100'],
    ['99', '0.9', true],
  ]);
  const cheapPlan = await publishedPlan(acmeId, 'buy', 'USD', [
    ['44', '0.0100'],
    ['447', '0.0300'],
    ['33', '0.0150'],
  ]);
  const dearPlan = await publishedPlan(acmeId, 'buy', 'USD', [['44', '0.0150']]);
  const emptyPlan = await publishedPlan(acmeId, 'buy', 'USD', [['1', '0.01']]);
  const blockedPlan = await publishedPlan(acmeId, 'buy', 'USD', [['44', '0.001', true]]);
  const euroPlan = await publishedPlan(acmeId, 'buy', 'EUR', [['44', '0.001']]);
  cheap = await supplier(acmeId, cheapPlan.id);
  dear = await supplier(acmeId, dearPlan.id);
  noRate = await supplier(acmeId, emptyPlan.id);
  blocked = await supplier(acmeId, blockedPlan.id);
  euro = await supplier(acmeId, euroPlan.id);
}, 120_000);

describe('routing plans', () => {
  it('creates, changes, lists and deletes with audit and route.plan.* events; staff only', async () => {
    const plan = await createRoutingPlan({ ctx: staff, input: { tenantId: acmeId, name: `RP ${uniq()}`, marginFloor: '0.0010' } });
    expect(plan).toMatchObject({ tenantId: acmeId, status: 'draft', marginFloorMicro: 1000, marginFloor: '0.001000' });
    const changed = await updateRoutingPlan({ ctx: staff, input: { id: plan.id, marginFloor: '-0.0005', status: 'active' } });
    expect(changed).toMatchObject({ marginFloorMicro: -500, marginFloor: '-0.000500', status: 'active' });
    const page = await listRoutingPlans({ ctx: staff, input: new URLSearchParams({ q: plan.name, tenant: acmeId }) });
    expect(page.items.map((p) => p.id)).toEqual([plan.id]);
    expect(await error(createRoutingPlan({ ctx: staff, input: { tenantId: acmeId, name: plan.name.toLowerCase() } }))).toMatchObject({ status: 422, problems: [expect.objectContaining({ path: 'name' })] });
    await deleteRoutingPlan({ ctx: staff, input: { id: plan.id } });
    expect(await error(getRoutingPlan({ ctx: staff, input: { id: plan.id } }))).toMatchObject({ status: 404 });
    const audits = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, plan.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
    const events = await withTenant(acmeId, (tx) => tx.select({ type: webhookEvents.type, payload: webhookEvents.payload }).from(webhookEvents));
    expect(events.filter((e) => (e.payload as { routingPlanId?: string }).routingPlanId === plan.id).map((e) => e.type).sort()).toEqual(['route.plan.created', 'route.plan.deleted', 'route.plan.updated']);
    for (const who of [support, acmeAdmin, carrierUser]) {
      const e = await error(createRoutingPlan({ ctx: who, input: { name: 'Nope' } }));
      expect(e?.status).toBe(403);
    }
    expect((await error(listRoutingPlans({ ctx: carrierUser, input: new URLSearchParams() })))?.status).toBe(403);
    expect((await error(listRoutingPlans({ ctx: acmeAdmin, input: new URLSearchParams() })))?.status).toBe(403);
  });

  it('refuses hostile input with field problems, never a crash', async () => {
    for (const input of [
      { name: '' },
      { name: 'A\u0000B' },
      { name: 'x'.repeat(10_000) },
      { name: 'Ok', marginFloor: 0.001 },
      { name: 'Ok', marginFloor: '1e-3' },
      { name: 'Ok', marginFloor: '99999999999999' },
      { name: 'Ok', status: 'live' },
      { name: 'Ok', tenantId: "'; drop table routing_plans; --" },
      { name: 'Ok', extra: 1 },
    ]) {
      const e = await error(createRoutingPlan({ ctx: staff, input: input as never }));
      expect(e?.status, JSON.stringify(input).slice(0, 60)).toBe(422);
    }
    expect((await error(createRoutingPlan({ ctx: staff, input: { name: 'Ghost brand', tenantId: randomUUID() } })))?.status).toBe(422);
    expect((await error(listRoutingPlans({ ctx: staff, input: new URLSearchParams({ cursor: 'garbage' }) })))?.status).toBe(422);
  });
});

describe('entries and groups', () => {
  it('upserts by prefix, searches by prefix, replaces lists, deletes', async () => {
    const plan = await createRoutingPlan({ ctx: staff, input: { tenantId: acmeId, name: `RP ${uniq()}` } });
    const first = await upsertRouteEntries({
      ctx: staff,
      input: {
        planId: plan.id,
        entries: [
          { prefix: '44', method: 'lcr', suppliers: [{ interconnectId: dear.id }, { interconnectId: cheap.id, qualityTier: 2 }] },
          { prefix: '4420', method: 'ordered', suppliers: [{ interconnectId: cheap.id }] },
          { prefix: '33', method: 'weighted', suppliers: [{ interconnectId: cheap.id, weight: 70 }, { interconnectId: dear.id, weight: 30 }] },
        ],
      },
    });
    expect(first.items.every((i) => i.created)).toBe(true);
    const again = await upsertRouteEntries({ ctx: staff, input: { planId: plan.id, entries: [{ prefix: '4420', method: 'ordered', suppliers: [{ interconnectId: dear.id }] }] } });
    expect(again.items).toEqual([expect.objectContaining({ prefix: '4420', created: false })]);
    const found = await listRouteEntries({ ctx: staff, input: { planId: plan.id, query: new URLSearchParams({ q: '+44' }) } });
    expect(found.items.map((e) => [e.prefix, e.suppliers.map((s) => s.interconnectId)])).toEqual([
      ['44', [dear.id, cheap.id]],
      ['4420', [dear.id]],
    ]);
    expect((await error(listRouteEntries({ ctx: staff, input: { planId: plan.id, query: new URLSearchParams({ q: 'uk' }) } })))?.status).toBe(422);
    await deleteRouteEntry({ ctx: staff, input: { id: found.items[1]!.id } });
    expect((await listRouteEntries({ ctx: staff, input: { planId: plan.id, query: new URLSearchParams() } })).items.map((e) => e.prefix)).toEqual(['33', '44']);
  });

  it('groups: entries use a group list; a group in use is not deleted', async () => {
    const plan = await createRoutingPlan({ ctx: staff, input: { tenantId: acmeId, name: `RP ${uniq()}` } });
    const group = await createRouteGroup({ ctx: staff, input: { planId: plan.id, name: 'Premium UK', suppliers: [{ interconnectId: cheap.id }, { interconnectId: dear.id }] } });
    expect(group.suppliers.map((s) => s.interconnectId)).toEqual([cheap.id, dear.id]);
    await upsertRouteEntries({ ctx: staff, input: { planId: plan.id, entries: [{ prefix: '44', method: 'ordered', groupId: group.id }] } });
    const entries = await listRouteEntries({ ctx: staff, input: { planId: plan.id, query: new URLSearchParams() } });
    expect(entries.items[0]).toMatchObject({ groupId: group.id, groupName: 'Premium UK', suppliers: [expect.objectContaining({ interconnectId: cheap.id }), expect.anything()] });
    await updateRouteGroup({ ctx: staff, input: { id: group.id, suppliers: [{ interconnectId: dear.id }] } });
    const groups = await listRouteGroups({ ctx: staff, input: { planId: plan.id, query: new URLSearchParams() } });
    expect(groups.items).toEqual([expect.objectContaining({ id: group.id, entryCount: 1, suppliers: [expect.objectContaining({ interconnectId: dear.id })] })]);
    await expectRule(deleteRouteGroup({ ctx: staff, input: { id: group.id } }), 'route_entries_group_fk');
    const other = await createRoutingPlan({ ctx: staff, input: { tenantId: acmeId, name: `RP ${uniq()}` } });
    const e = await error(upsertRouteEntries({ ctx: staff, input: { planId: other.id, entries: [{ prefix: '44', method: 'ordered', groupId: group.id }] } }));
    expect(e).toMatchObject({ status: 422, problems: [expect.objectContaining({ path: 'entries.0.groupId' })] });
    expect(await error(upsertRouteEntries({ ctx: staff, input: { planId: plan.id, entries: [{ prefix: '44', method: 'ordered', groupId: group.id, suppliers: [{ interconnectId: cheap.id }] }] } }))).toMatchObject({ status: 422 });
    // Deleting the plan takes entries and groups with it, despite the restricting key between them.
    await deleteRoutingPlan({ ctx: staff, input: { id: plan.id } });
  });

  it('refuses an egress interconnect without a supplier plan: by the service AND by the database', async () => {
    const plan = await createRoutingPlan({ ctx: staff, input: { tenantId: acmeId, name: `RP ${uniq()}` } });
    const bare = await supplier(acmeId, null);
    await expectRule(upsertRouteEntries({ ctx: staff, input: { planId: plan.id, entries: [{ prefix: '44', method: 'lcr', suppliers: [{ interconnectId: bare.id }] }] } }), 'routing_suppliers_supplier_plan');
    await expectRule(createRouteGroup({ ctx: staff, input: { planId: plan.id, name: 'G', suppliers: [{ interconnectId: bare.id }] } }), 'routing_suppliers_supplier_plan');
    await upsertRouteEntries({ ctx: staff, input: { planId: plan.id, entries: [{ prefix: '44', method: 'lcr', suppliers: [{ interconnectId: cheap.id }] }] } });
    const [entry] = (await listRouteEntries({ ctx: staff, input: { planId: plan.id, query: new URLSearchParams() } })).items;
    // Bypassing the service: a direct insert as the app role under RLS is refused by the trigger.
    await expectRule(withRoutingErrors(() => withTenant(acmeId, (tx) => tx.insert(routeSuppliers).values({ tenantId: acmeId, entryId: entry!.id, position: 5, interconnectId: bare.id }))), 'routing_suppliers_supplier_plan');
    // An ingress interconnect is refused by the service and by the composite foreign key.
    const bilateral = await createCarrier({ ctx: staff, input: { tenantId: acmeId, name: `Bi ${uniq()}`, code: `B${uniq()}`, type: 'bilateral', primaryCurrency: 'USD' } });
    const ingress = await createInterconnect({ ctx: staff, input: { carrierId: bilateral.id, direction: 'ingress', name: 'In', popId, addresses: [`10.77.${Math.floor(Math.random() * 250)}.0/24`] } });
    await expectRule(upsertRouteEntries({ ctx: staff, input: { planId: plan.id, entries: [{ prefix: '45', method: 'lcr', suppliers: [{ interconnectId: ingress.id }] }] } }), 'route_suppliers_egress_interconnect');
    await expectRule(withRoutingErrors(() => withTenant(acmeId, (tx) => tx.insert(routeSuppliers).values({ tenantId: acmeId, entryId: entry!.id, position: 6, interconnectId: ingress.id }))), 'route_suppliers_egress_interconnect');
  });

  it('keeps brands apart: another brand’s interconnect, plan or group is not found', async () => {
    const rootPlan = await createRoutingPlan({ ctx: staff, input: { tenantId: didtronId, name: `RP ${uniq()}` } });
    const e = await error(upsertRouteEntries({ ctx: staff, input: { planId: rootPlan.id, entries: [{ prefix: '44', method: 'lcr', suppliers: [{ interconnectId: cheap.id }] }] } }));
    expect(e).toMatchObject({ status: 422, problems: [expect.objectContaining({ path: 'entries.0.suppliers.0.interconnectId' })] });
    expect((await error(routeNumber({ ctx: staff, input: { routingPlanId: rootPlan.id, number: '4420', customerRatePlanId: sellPlan.id } })))?.status).toBe(422);
    // RLS: in acme's tenant transaction the root brand's plan does not exist.
    const seen = await withTenant(acmeId, (tx) => tx.execute(`select id from routing_plans where id = '${rootPlan.id}'` as never));
    expect((seen as unknown as unknown[]).length).toBe(0);
  });
});

describe('route a number', () => {
  it('matches the longest prefix, orders LCR by cost, and names every skip reason', async () => {
    const plan = await createRoutingPlan({ ctx: staff, input: { tenantId: acmeId, name: `RP ${uniq()}`, marginFloor: '0.0060' } });
    await upsertRouteEntries({
      ctx: staff,
      input: {
        planId: plan.id,
        entries: [
          { prefix: '4', method: 'ordered', suppliers: [{ interconnectId: cheap.id }] },
          { prefix: '44', method: 'lcr', suppliers: [{ interconnectId: dear.id }, { interconnectId: cheap.id }, { interconnectId: noRate.id }, { interconnectId: blocked.id }, { interconnectId: euro.id }] },
        ],
      },
    });
    const r = await routeNumber({ ctx: staff, input: { routingPlanId: plan.id, number: '+44 20 7946 0000', at: AT, customerRatePlanId: sellPlan.id } });
    expect(r).toMatchObject({ matchedPrefix: '44', method: 'lcr', sell: { prefix: '44', rate: '0.020000', rateMicro: 20_000 }, customerRatePlan: { id: sellPlan.id, currency: 'USD' } });
    expect(r.candidates.map((c) => [c.interconnectId, c.rank, c.buy, c.margin])).toEqual([[cheap.id, 1, '0.010000', '0.010000']]);
    expect(Object.fromEntries(r.skipped.map((s) => [s.interconnectId, s.reason]))).toEqual({ [dear.id]: 'margin_below_floor', [noRate.id]: 'no_rate', [blocked.id]: 'blocked_rate', [euro.id]: 'currency_mismatch' });
    expect(r.skipped.find((s) => s.interconnectId === dear.id)).toMatchObject({ buy: '0.015000', margin: '0.005000' });
    // The disabled interconnect and the missing plan (its plan removed after it was listed).
    await updateInterconnect({ ctx: staff, input: { id: dear.id, status: 'disabled' } });
    await updateInterconnect({ ctx: staff, input: { id: noRate.id, supplierRatePlanId: null } });
    try {
      const r2 = await routeNumber({ ctx: staff, input: { routingPlanId: plan.id, number: '4420', at: AT, customerRatePlanId: sellPlan.id } });
      expect(Object.fromEntries(r2.skipped.map((s) => [s.interconnectId, s.reason]))).toMatchObject({ [dear.id]: 'interconnect_disabled', [noRate.id]: 'no_supplier_plan' });
    } finally {
      await updateInterconnect({ ctx: staff, input: { id: dear.id, status: 'active' } });
    }
    // Per number: on a mobile (447: sold at 0.05) cheap buys at its 447 rate (0.03) and dear at its 44 rate (0.015), so dear leads.
    const mobile = await routeNumber({ ctx: staff, input: { routingPlanId: plan.id, number: '447700900123', at: AT, customerRatePlanId: sellPlan.id } });
    expect(mobile.candidates.map((c) => [c.interconnectId, c.buyPrefix, c.margin])).toEqual([
      [dear.id, '44', '0.035000'],
      [cheap.id, '447', '0.020000'],
    ]);
    const none = await routeNumber({ ctx: staff, input: { routingPlanId: plan.id, number: '1212555', at: AT, customerRatePlanId: sellPlan.id } });
    expect(none).toMatchObject({ matchedPrefix: null, candidates: [], skipped: [] });
    // Before the rates take effect: no sell rate and no buy rates, nobody is a candidate.
    const early = await routeNumber({ ctx: staff, input: { routingPlanId: plan.id, number: '4420', at: '2025-01-01T00:00:00Z', customerRatePlanId: sellPlan.id } });
    expect(early.sell).toBeNull();
    expect(early.candidates).toEqual([]);
    expect(early.skipped.length).toBe(5);
  });

  it('finds the customer plan through a customer account, refuses a buy plan, hostile numbers', async () => {
    const plan = await createRoutingPlan({ ctx: staff, input: { tenantId: acmeId, name: `RP ${uniq()}` } });
    await expectRule(routeNumber({ ctx: staff, input: { routingPlanId: plan.id, number: '44', customerRatePlanId: (await publishedPlan(acmeId, 'buy', 'USD', [['4', '0.1']])).id } }), 'route_customer_plan');
    expect(await error(routeNumber({ ctx: staff, input: { routingPlanId: plan.id, number: '44', customerAccountId: randomUUID() } }))).toMatchObject({ status: 422, problems: [expect.objectContaining({ path: 'customerAccountId' })] });
    for (const number of ['', 'abc', '4'.repeat(16), '44\u0000', '+44 (0) 20 ☎']) {
      expect((await error(routeNumber({ ctx: staff, input: { routingPlanId: plan.id, number, customerRatePlanId: sellPlan.id } })))?.status, number).toBe(422);
    }
    expect((await error(routeNumber({ ctx: staff, input: { routingPlanId: plan.id, number: '44' } as never })))?.status).toBe(422);
    expect((await error(routeNumber({ ctx: staff, input: { routingPlanId: randomUUID(), number: '44', customerRatePlanId: sellPlan.id } })))?.status).toBe(404);
    expect((await error(routeNumber({ ctx: carrierUser, input: { routingPlanId: plan.id, number: '44', customerRatePlanId: sellPlan.id } })))?.status).toBe(403);
  });
});

describe('route table check', () => {
  it('runs over every prefix in batches and stores no route, negative margin and single supplier', async () => {
    const plan = await createRoutingPlan({ ctx: staff, input: { tenantId: acmeId, name: `RP ${uniq()}`, marginFloor: '-1' } });
    await upsertRouteEntries({
      ctx: staff,
      input: {
        planId: plan.id,
        entries: [
          { prefix: '44', method: 'lcr', suppliers: [{ interconnectId: cheap.id }, { interconnectId: dear.id }] },
          { prefix: '33', method: 'lcr', suppliers: [{ interconnectId: cheap.id }] },
          { prefix: '49', method: 'lcr', suppliers: [{ interconnectId: noRate.id === cheap.id ? dear.id : blocked.id }] },
        ],
      },
    });
    const started = await startRouteCheck({ ctx: staff, input: { planId: plan.id, customerRatePlanId: sellPlan.id, at: AT } });
    expect(started).toMatchObject({ status: 'queued', total: 3, done: 0 });
    expect(started.jobId).toEqual(expect.any(Number));
    await expectRule(startRouteCheck({ ctx: staff, input: { planId: plan.id, customerRatePlanId: sellPlan.id } }), 'route_checks_one_running');
    const progress: number[] = [];
    await runRouteCheck({ ctx: systemCtx('route-check', acmeId), input: { tenantId: acmeId, checkId: started.id }, job: { progress: async (done) => void progress.push(done), lastAttempt: true } });
    expect(progress.at(-1)).toBe(3);
    const done = await getRouteCheck({ ctx: staff, input: { id: started.id } });
    expect(done).toMatchObject({ status: 'succeeded', done: 3, total: 3, percent: 100, counts: { noRoute: 1, negativeMargin: 1, singleSupplier: 1 } });
    const findings = await listRouteFindings({ ctx: staff, input: { checkId: started.id, query: new URLSearchParams() } });
    expect(findings.items.map((f) => `${f.prefix} ${f.kind}`).sort()).toEqual(['33 negative_margin', '33 single_supplier', '49 no_route']);
    expect(findings.items.find((f) => f.kind === 'no_route')!.detail).toMatch(/blocks this destination|no rate/);
    const onlyNoRoute = await listRouteFindings({ ctx: staff, input: { checkId: started.id, query: new URLSearchParams({ kind: 'no_route' }) } });
    expect(onlyNoRoute.items).toHaveLength(1);
    // Run again (a retried job): nothing is written twice.
    await runRouteCheck({ ctx: systemCtx('route-check', acmeId), input: { tenantId: acmeId, checkId: started.id } });
    expect((await getRouteCheck({ ctx: staff, input: { id: started.id } })).counts).toEqual({ noRoute: 1, negativeMargin: 1, singleSupplier: 1 });
    expect((await getRoutingPlan({ ctx: staff, input: { id: plan.id } })).latestCheck).toMatchObject({ id: started.id, status: 'succeeded' });
    // Only drafts are checked.
    await updateRoutingPlan({ ctx: staff, input: { id: plan.id, status: 'active' } });
    await expectRule(startRouteCheck({ ctx: staff, input: { planId: plan.id, customerRatePlanId: sellPlan.id } }), 'route_checks_draft_only');
    expect((await error(listRouteFindings({ ctx: staff, input: { checkId: 'x', query: new URLSearchParams() } })))?.status).toBe(422);
    expect((await error(getRouteCheck({ ctx: acmeAdmin, input: { id: started.id } })))?.status).toBe(403);
  });
});

describe('demo routing (seed)', () => {
  it('routes a UK number over the seeded plan: LCR by cost, the floor, the currency and blocked skips', async () => {
    const r = await routeNumber({ ctx: staff, input: { routingPlanId: '00000000-0000-4000-8000-0000000c1a54', number: '+447700900123', customerRatePlanId: '00000000-0000-4000-8000-00000000ca7e' } });
    expect(r.matchedPrefix).toBe('447');
    expect(r.candidates.map((c) => c.carrierCode)).toEqual(['DEMOC', 'ATLWV']);
    expect(r.skipped).toEqual([expect.objectContaining({ carrierCode: 'MERID', reason: 'blocked_rate' })]);
    const de = await routeNumber({ ctx: staff, input: { routingPlanId: '00000000-0000-4000-8000-0000000c1a54', number: '4930123', customerRatePlanId: '00000000-0000-4000-8000-00000000ca7e' } });
    expect(de.skipped.map((s) => [s.carrierCode, s.reason])).toEqual([['EUTRN', 'currency_mismatch']]);
  });
});
