import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform, withTenant } from '@/db/client';
import { auditEvents, ratePlanRows, ratePlans, ratePlanVersions, webhookEvents } from '@/db/schema';
import { MAX_RATE_MICRO } from '@/db/schema/rates-values';
import type { Ctx } from '@/lib/context';
import { createUser, ctxOf, tenantIdOf } from '@/tests/actors';
import {
  addRateRows,
  createDraftVersion,
  createRatePlan,
  deleteRateRows,
  getRatePlan,
  listRatePlans,
  listRateRows,
  lookupRate,
  microToDecimal,
  parseRateToMicro,
  prefixesOf,
  publishRatePlanVersion,
  rateFor,
  updateRatePlan,
  updateRateRow,
  withRateErrors,
} from './index';

/**
 * lib/rates against PostgreSQL: immutability refused by the service AND by the database (direct
 * writes as the app role under RLS), exact money, longest-prefix match with effective dates, RLS
 * isolation, hostile input.
 */

let acmeId: string;
let didtronId: string;
let staff: Ctx;
let support: Ctx;
let acmeAdmin: Ctx;
let n = 0;
const uniqName = () => `Plan ${Date.now().toString(36)}-${n++}`;
const T0 = new Date('2026-01-01T00:00:00Z');
const T1 = new Date('2026-06-01T00:00:00Z');

async function error(promise: Promise<unknown>) {
  return (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { status?: number; code?: string; message?: string; problems?: Array<{ path: string; message: string }>; details?: { rule?: string } } | null;
}

async function publishedPlan(rows: Array<Record<string, unknown>>, over: Record<string, unknown> = {}) {
  const plan = await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: uniqName(), kind: 'sell', currency: 'eur', ...over } as never });
  const draft = await createDraftVersion({ ctx: staff, input: { planId: plan.id } });
  await addRateRows({ ctx: staff, input: { versionId: draft.id, rows: rows as never } });
  const published = await publishRatePlanVersion({ ctx: staff, input: { id: draft.id } });
  return { plan, version: published };
}

beforeAll(async () => {
  acmeId = await tenantIdOf('acme');
  didtronId = await tenantIdOf('didtron');
  staff = await ctxOf(await createUser('didtron', 'super_admin'), 'didtron');
  support = await ctxOf(await createUser('didtron', 'support'), 'didtron');
  acmeAdmin = await ctxOf(await createUser('acme', 'tenant_admin'), 'acme');
});

describe('money: micro-units, exactly', () => {
  it('parses and formats decimal strings without floats', () => {
    expect(parseRateToMicro('0.0125')).toEqual({ ok: true, micro: 12_500 });
    expect(parseRateToMicro('1')).toEqual({ ok: true, micro: 1_000_000 });
    expect(parseRateToMicro('0.000001')).toEqual({ ok: true, micro: 1 });
    expect(parseRateToMicro('0.1')).toEqual({ ok: true, micro: 100_000 });
    expect(microToDecimal(12_500)).toBe('0.012500');
    expect(microToDecimal(0)).toBe('0.000000');
    for (const bad of ['', '-1', '1e-3', '0.0000001', '1,5', ' .5', 'NaN', 'Infinity', '0x10', '1.2.3', '１'])
      expect(parseRateToMicro(bad).ok, bad).toBe(false);
    expect(parseRateToMicro('0.0000001')).toMatchObject({ error: expect.stringMatching(/6 decimal places/) });
    expect(parseRateToMicro('1000000.000001').ok).toBe(false);
    expect(parseRateToMicro(microToDecimal(MAX_RATE_MICRO))).toEqual({ ok: true, micro: MAX_RATE_MICRO });
  });

  it('round-trips every micro amount (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_RATE_MICRO }), (micro) => {
        expect(parseRateToMicro(microToDecimal(micro))).toEqual({ ok: true, micro });
      }),
    );
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999n }), fc.bigInt({ min: 0n, max: 999_999n }), (whole, frac) => {
        const text = `${whole}.${frac.toString().padStart(6, '0')}`;
        expect(parseRateToMicro(text)).toEqual({ ok: true, micro: Number(whole * 1_000_000n + frac) });
      }),
    );
  });

  it('refuses rates sent as JSON numbers (floats) with a field problem', async () => {
    const plan = await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: uniqName(), kind: 'buy', currency: 'USD' } });
    const draft = await createDraftVersion({ ctx: staff, input: { planId: plan.id } });
    const e = await error(addRateRows({ ctx: staff, input: { versionId: draft.id, rows: [{ prefix: '44', destination: 'UK', rate: 0.1, effectiveFrom: T0.toISOString() }] } as never }));
    expect(e).toMatchObject({ status: 422 });
    expect(e!.problems).toEqual([expect.objectContaining({ path: 'rows.0.rate' })]);
  });
});

describe('plans, versions, publishing', () => {
  it('creates a plan, drafts, publishes atomically with audit and rate_plan.published, copies rows into the next draft', async () => {
    const plan = await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: uniqName(), kind: 'sell', currency: 'gbp', precision: 5, rounding: 'half_up' } });
    expect(plan).toMatchObject({ tenantId: acmeId, currency: 'GBP', precision: 5, rounding: 'half_up', kind: 'sell' });
    const v1 = await createDraftVersion({ ctx: staff, input: { planId: plan.id } });
    expect(v1).toMatchObject({ number: 1, status: 'draft', rowCount: 0 });
    expect(await error(publishRatePlanVersion({ ctx: staff, input: { id: v1.id } }))).toMatchObject({ status: 422 });
    const e2 = await error(createDraftVersion({ ctx: staff, input: { planId: plan.id } }));
    expect(e2).toMatchObject({ status: 422 });
    await addRateRows({ ctx: staff, input: { versionId: v1.id, rows: [{ prefix: '44', destination: 'United Kingdom', rate: '0.0100', effectiveFrom: T0.toISOString() }, { prefix: '447', destination: 'UK Mobile', rate: '0.0250', connectionFee: '0.01', initialIncrement: 30, subsequentIncrement: 6, effectiveFrom: T0.toISOString() }] } });
    const p1 = await publishRatePlanVersion({ ctx: staff, input: { id: v1.id } });
    expect(p1).toMatchObject({ status: 'published', rowCount: 2 });
    const v2 = await createDraftVersion({ ctx: staff, input: { planId: plan.id } });
    expect(v2).toMatchObject({ number: 2, status: 'draft', rowCount: 2 });
    const rows = await listRateRows({ ctx: staff, input: { versionId: v2.id, query: new URLSearchParams() } });
    expect(rows.items.map((r) => [r.prefix, r.rate, r.connectionFee, r.initialIncrement, r.subsequentIncrement])).toEqual([
      ['44', '0.010000', '0.000000', 60, 60],
      ['447', '0.025000', '0.010000', 30, 6],
    ]);
    await updateRateRow({ ctx: staff, input: { id: rows.items[1]!.id, rate: '0.0300' } });
    await publishRatePlanVersion({ ctx: staff, input: { id: v2.id } });
    const detail = await getRatePlan({ ctx: staff, input: { id: plan.id } });
    expect(detail.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    const audit = await withPlatform((tx) => tx.select().from(auditEvents).where(eq(auditEvents.entityId, v2.id)));
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'publish', 'rows.update']);
    const events = await withPlatform((tx) => tx.select().from(webhookEvents).where(eq(webhookEvents.type, 'rate_plan.published')));
    const mine = events.filter((e) => (e.payload as { ratePlanId?: string }).ratePlanId === plan.id);
    expect(mine.map((e) => (e.payload as { number: number }).number).sort()).toEqual([1, 2]);
    expect(mine.find((e) => (e.payload as { number: number }).number === 2)!.payload).toMatchObject({ supersededVersionId: v1.id, rowCount: 2, currency: 'GBP' });
    // the currency is fixed once something was published
    expect(await error(updateRatePlan({ ctx: staff, input: { id: plan.id, currency: 'EUR' } }))).toMatchObject({ status: 422 });
  });

  it('a published version is immutable: refused by the service', async () => {
    const { version } = await publishedPlan([{ prefix: '49', destination: 'Germany', rate: '0.01', effectiveFrom: T0.toISOString() }]);
    const [row] = (await listRateRows({ ctx: staff, input: { versionId: version.id, query: new URLSearchParams() } })).items;
    for (const attempt of [
      addRateRows({ ctx: staff, input: { versionId: version.id, rows: [{ prefix: '4915', destination: 'Germany Mobile', rate: '0.05', effectiveFrom: T0.toISOString() }] } }),
      updateRateRow({ ctx: staff, input: { id: row!.id, rate: '0.02' } }),
      deleteRateRows({ ctx: staff, input: { ids: [row!.id] } }),
      publishRatePlanVersion({ ctx: staff, input: { id: version.id } }),
    ]) {
      const e = await error(attempt);
      expect(e).toMatchObject({ status: 409, code: 'rule_violation', details: { rule: 'rate_plan_versions_immutable' } });
    }
  });

  it('a published version is immutable: refused by the database when the service is bypassed', async () => {
    const { plan, version } = await publishedPlan([{ prefix: '33', destination: 'France', rate: '0.01', effectiveFrom: T0.toISOString() }]);
    const bypass = (fn: Parameters<typeof withTenant>[1]) => withRateErrors(() => withTenant(acmeId, fn));
    const expectRefused = async (p: Promise<unknown>) => expect(await error(p)).toMatchObject({ status: 409, details: { rule: 'rate_plan_versions_immutable' } });
    await expectRefused(bypass((tx) => tx.update(ratePlanRows).set({ rateMicro: 1 }).where(eq(ratePlanRows.versionId, version.id))));
    await expectRefused(bypass((tx) => tx.delete(ratePlanRows).where(eq(ratePlanRows.versionId, version.id))));
    await expectRefused(bypass((tx) => tx.insert(ratePlanRows).values({ tenantId: acmeId, versionId: version.id, prefix: '336', destination: 'France Mobile', rateMicro: 5, effectiveFrom: T0 })));
    await expectRefused(bypass((tx) => tx.update(ratePlanVersions).set({ status: 'draft', publishedAt: null }).where(eq(ratePlanVersions.id, version.id))));
    await expectRefused(bypass((tx) => tx.update(ratePlanVersions).set({ notes: 'rewritten' }).where(eq(ratePlanVersions.id, version.id))));
    await expectRefused(bypass((tx) => tx.delete(ratePlanVersions).where(eq(ratePlanVersions.id, version.id))));
    // rows still there, unchanged; a cascade from deleting the plan itself still passes
    const left = await withPlatform((tx) => tx.select().from(ratePlanRows).where(eq(ratePlanRows.versionId, version.id)));
    expect(left.map((r) => [r.prefix, r.rateMicro])).toEqual([['33', 10_000]]);
    await withTenant(acmeId, (tx) => tx.delete(ratePlans).where(eq(ratePlans.id, plan.id)));
    expect(await withPlatform((tx) => tx.select().from(ratePlanRows).where(eq(ratePlanRows.versionId, version.id)))).toEqual([]);
  });

  it('the database refuses bad rows (prefix digits, increments, dates, overlap, negative money)', async () => {
    const plan = await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: uniqName(), kind: 'sell', currency: 'EUR' } });
    const draft = await createDraftVersion({ ctx: staff, input: { planId: plan.id } });
    const base = { tenantId: acmeId, versionId: draft.id, prefix: '44', destination: 'UK', rateMicro: 1, effectiveFrom: T0 };
    for (const bad of [{ prefix: '+44' }, { prefix: '44a' }, { prefix: '' }, { initialIncrement: 0 }, { subsequentIncrement: -6 }, { effectiveTo: T0 }, { rateMicro: -1 }, { connectionFeeMicro: MAX_RATE_MICRO + 1 }]) {
      const e = await error(withTenant(acmeId, (tx) => tx.insert(ratePlanRows).values({ ...base, ...bad })));
      expect(e, JSON.stringify(bad)).not.toBeNull();
    }
    await addRateRows({ ctx: staff, input: { versionId: draft.id, rows: [{ prefix: '44', destination: 'UK', rate: '0.01', effectiveFrom: T0.toISOString(), effectiveTo: T1.toISOString() }] } });
    const overlap = await error(addRateRows({ ctx: staff, input: { versionId: draft.id, rows: [{ prefix: '44', destination: 'UK', rate: '0.02', effectiveFrom: '2026-03-01T00:00:00Z' }] } }));
    expect(overlap).toMatchObject({ status: 422 });
    expect(overlap!.problems![0]!.message).toMatch(/overlap/);
    // the next period (from T1) is fine: a future price change
    await addRateRows({ ctx: staff, input: { versionId: draft.id, rows: [{ prefix: '44', destination: 'UK', rate: '0.02', effectiveFrom: T1.toISOString() }] } });
  });
});

describe('rateFor: longest prefix effective at the instant', () => {
  it('picks the longest matching prefix of the published version and honours effective dates', async () => {
    const { plan } = await publishedPlan([
      { prefix: '44', destination: 'United Kingdom', rate: '0.0100', effectiveFrom: T0.toISOString() },
      { prefix: '441', destination: 'UK Geographic', rate: '0.0090', effectiveFrom: T0.toISOString() },
      { prefix: '441481', destination: 'Guernsey', rate: '0.0500', effectiveFrom: T0.toISOString(), effectiveTo: T1.toISOString() },
      { prefix: '441481', destination: 'Guernsey', rate: '0.0600', effectiveFrom: T1.toISOString() },
      { prefix: '447', destination: 'UK Mobile', rate: '0.0250', effectiveFrom: T1.toISOString() },
      { prefix: '4470', destination: 'UK Personal', rate: '0.2000', effectiveFrom: T0.toISOString(), blocked: true },
    ]);
    const at = (number: string, when: Date) => withPlatform((tx) => rateFor(tx, plan.id, number, when));
    const mid = new Date('2026-03-15T12:00:00Z');
    expect(await at('441481123456', mid)).toMatchObject({ prefix: '441481', rateMicro: 50_000, destination: 'Guernsey' });
    expect(await at('441481123456', T1)).toMatchObject({ prefix: '441481', rateMicro: 60_000 }); // effective_to is exclusive
    expect(await at('441481123456', new Date('2025-12-31T23:59:59Z'))).toBeNull();
    expect(await at('442071234567', mid)).toMatchObject({ prefix: '44', rateMicro: 10_000 });
    expect(await at('447911123456', mid)).toMatchObject({ prefix: '44' }); // 447 not yet effective
    expect(await at('447911123456', T1)).toMatchObject({ prefix: '447', rateMicro: 25_000 });
    expect(await at('447011123456', mid)).toMatchObject({ prefix: '4470', blocked: true });
    expect(await at('33123456789', mid)).toBeNull();
    expect(await at('not-digits', mid)).toBeNull();
    expect(prefixesOf('4420')).toEqual(['4420', '442', '44', '4']);
  });

  it('ignores drafts and superseded versions', async () => {
    const { plan } = await publishedPlan([{ prefix: '1', destination: 'USA', rate: '0.0050', effectiveFrom: T0.toISOString() }]);
    const draft = await createDraftVersion({ ctx: staff, input: { planId: plan.id } });
    const [row] = (await listRateRows({ ctx: staff, input: { versionId: draft.id, query: new URLSearchParams() } })).items;
    await updateRateRow({ ctx: staff, input: { id: row!.id, rate: '0.0070' } });
    await addRateRows({ ctx: staff, input: { versionId: draft.id, rows: [{ prefix: '1212', destination: 'USA New York', rate: '0.0040', effectiveFrom: T0.toISOString() }] } });
    const when = new Date('2026-02-01T00:00:00Z');
    expect(await withPlatform((tx) => rateFor(tx, plan.id, '12125550100', when))).toMatchObject({ prefix: '1', rateMicro: 5_000 });
    await publishRatePlanVersion({ ctx: staff, input: { id: draft.id } });
    expect(await withPlatform((tx) => rateFor(tx, plan.id, '12125550100', when))).toMatchObject({ prefix: '1212', rateMicro: 4_000 });
    const viaService = await lookupRate({ ctx: staff, input: { planId: plan.id, number: '+1 (212) 555-0100', at: when.toISOString() } as never });
    expect(viaService.match).toMatchObject({ prefix: '1212', rate: '0.004000', currency: 'EUR' });
  });
});

describe('typeahead', () => {
  it('searches by prefix-of and by destination name, keyset pages, enforced max', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({ prefix: `49${String(i).padStart(2, '0')}`, destination: i % 2 ? 'Germany Mobile' : 'Germany 50%_Fixed', rate: '0.01', effectiveFrom: T0.toISOString() }));
    const { version } = await publishedPlan([...rows, { prefix: '33', destination: 'France', rate: '0.01', effectiveFrom: T0.toISOString() }]);
    const list = (q: Record<string, string>) => listRateRows({ ctx: staff, input: { versionId: version.id, query: new URLSearchParams(q) } });
    const first = await list({ q: '+49 1', limit: '5' });
    expect(first.items.map((r) => r.prefix)).toEqual(['4910', '4911', '4912', '4913', '4914']);
    const second = await list({ q: '491', limit: '5', cursor: first.pageInfo.nextCursor! });
    expect(second.items.map((r) => r.prefix)).toEqual(['4915', '4916', '4917', '4918', '4919']);
    expect(second.pageInfo.nextCursor).toBeNull();
    expect((await list({ q: 'mobile', limit: '100' })).items).toHaveLength(15);
    expect((await list({ q: '50%_', limit: '100' })).items).toHaveLength(15); // wildcards literal
    expect((await list({ q: 'G_rmany', limit: '100' })).items).toHaveLength(0);
    expect((await list({ limit: '100000' })).pageInfo.limit).toBe(100); // clamped to the enforced max
    expect(await error(list({ limit: '-1' }))).toMatchObject({ status: 422 });
    expect(await error(list({ q: 'a\u0000b' }))).toMatchObject({ status: 422 });
    expect(await error(listRateRows({ ctx: staff, input: { versionId: 'not-a-uuid', query: new URLSearchParams() } }))).toMatchObject({ status: 422 });
  });

  it('lists plans by keyset with kind filter', async () => {
    await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: uniqName(), kind: 'buy', currency: 'USD' } });
    const page = await listRatePlans({ ctx: staff, input: new URLSearchParams({ kind: 'buy', limit: '100' }) });
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((p) => p.kind === 'buy')).toBe(true);
    expect(await error(listRatePlans({ ctx: staff, input: new URLSearchParams({ kind: 'free' }) }))).toMatchObject({ status: 422 });
  });
});

describe('access, RLS, hostile input', () => {
  it('only holders of rates.* reach the services', async () => {
    expect(await error(listRatePlans({ ctx: support, input: new URLSearchParams() }))).toMatchObject({ status: 403 });
    expect(await error(createRatePlan({ ctx: acmeAdmin, input: { name: 'x', kind: 'sell', currency: 'EUR' } }))).toMatchObject({ status: 403 });
  });

  it('RLS: another tenant sees none of the rows', async () => {
    const { plan, version } = await publishedPlan([{ prefix: '91', destination: 'India', rate: '0.01', effectiveFrom: T0.toISOString() }]);
    const seen = await withTenant(didtronId, async (tx) => ({
      plans: await tx.select().from(ratePlans).where(eq(ratePlans.id, plan.id)),
      versions: await tx.select().from(ratePlanVersions).where(eq(ratePlanVersions.id, version.id)),
      rows: await tx.select().from(ratePlanRows).where(eq(ratePlanRows.versionId, version.id)),
      rate: await rateFor(tx, plan.id, '919876543210', T1),
    }));
    expect(seen).toEqual({ plans: [], versions: [], rows: [], rate: null });
    expect(await withTenant(acmeId, (tx) => rateFor(tx, plan.id, '919876543210', T1))).toMatchObject({ prefix: '91' });
    // and a row cannot be written into another tenant's version
    expect(await error(withTenant(didtronId, (tx) => tx.insert(ratePlanRows).values({ tenantId: didtronId, versionId: version.id, prefix: '92', destination: 'x', rateMicro: 1, effectiveFrom: T0 })))).not.toBeNull();
  });

  it('refuses hostile input with field problems, never a 500', async () => {
    const plan = await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: uniqName(), kind: 'sell', currency: 'EUR' } });
    const draft = await createDraftVersion({ ctx: staff, input: { planId: plan.id } });
    const row = { prefix: '44', destination: 'UK', rate: '0.01', effectiveFrom: T0.toISOString() };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ prefix: '+44' }, 'rows.0.prefix'],
      [{ prefix: '4'.repeat(16) }, 'rows.0.prefix'],
      [{ prefix: "44' or 1=1" }, 'rows.0.prefix'],
      [{ destination: 'UK\u0000' }, 'rows.0.destination'],
      [{ destination: 'x'.repeat(201) }, 'rows.0.destination'],
      [{ rate: '-0.01' }, 'rows.0.rate'],
      [{ rate: '1e3' }, 'rows.0.rate'],
      [{ rate: '9'.repeat(40) }, 'rows.0.rate'],
      [{ rate: null }, 'rows.0.rate'],
      [{ initialIncrement: 0 }, 'rows.0.initialIncrement'],
      [{ subsequentIncrement: 1.5 }, 'rows.0.subsequentIncrement'],
      [{ subsequentIncrement: 1e9 }, 'rows.0.subsequentIncrement'],
      [{ effectiveFrom: 'yesterday' }, 'rows.0.effectiveFrom'],
      [{ effectiveFrom: '99999-01-01T00:00:00Z' }, 'rows.0.effectiveFrom'],
      [{ effectiveTo: T0.toISOString() }, 'rows.0.effectiveTo'],
      [{ blocked: 'yes' }, 'rows.0.blocked'],
      [{ extra: 1 }, 'rows.0'],
    ];
    for (const [over, path] of cases) {
      const e = await error(addRateRows({ ctx: staff, input: { versionId: draft.id, rows: [{ ...row, ...over }] } as never }));
      expect(e, JSON.stringify(over)).toMatchObject({ status: 422 });
      expect(e!.problems!.map((p) => p.path).join(','), JSON.stringify(over)).toContain(path);
    }
    expect(await error(addRateRows({ ctx: staff, input: { versionId: draft.id, rows: [row, row] } as never }))).toMatchObject({ status: 422 });
    expect(await error(addRateRows({ ctx: staff, input: { versionId: draft.id, rows: Array(1001).fill(row) } as never }))).toMatchObject({ status: 422 });
    expect(await error(addRateRows({ ctx: staff, input: { versionId: '00000000-0000-4000-8000-000000000000', rows: [row] } as never }))).toMatchObject({ status: 404 });
    expect(await error(createRatePlan({ ctx: staff, input: { name: 'x', kind: 'sell', currency: 'XXX1' } }))).toMatchObject({ status: 422 });
    expect(await error(createRatePlan({ ctx: staff, input: { name: 'x', kind: 'both', currency: 'EUR' } as never }))).toMatchObject({ status: 422 });
    expect(await error(createRatePlan({ ctx: staff, input: { name: 'x', kind: 'sell', currency: 'EUR', precision: 7 } }))).toMatchObject({ status: 422 });
    expect(await error(createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: plan.name.toUpperCase(), kind: 'sell', currency: 'EUR' } }))).toMatchObject({ status: 422, problems: [{ path: 'name' }] });
    expect(await error(lookupRate({ ctx: staff, input: { planId: plan.id, number: '44abc' } }))).toMatchObject({ status: 422 });
    expect(await error(lookupRate({ ctx: staff, input: { planId: '00000000-0000-4000-8000-000000000000', number: '44' } }))).toMatchObject({ status: 404 });
  });
});
