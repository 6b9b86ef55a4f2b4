import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform, withTenant } from '@/db/client';
import { customerCategoriesTable, users } from '@/db/schema';
import { assign } from '@/lib/assignments/services/assign';
import { unassign } from '@/lib/assignments/services/unassign';
import type { Ctx } from '@/lib/context';
import { createCustomerAccount } from '@/lib/customers';
import { createUser, ctxOf } from '@/tests/actors';
import { addRateRows, createDraftVersion, createRatePlan, exportMyRates, listMyRates, publishRatePlanVersion } from './index';
import { csvCell } from './services/export-my-rates';

/**
 * The customer's side of rate plans: a sell plan assigned through the assignment engine (item type
 * rate_plan) is the account's plan; its published rows split into current and upcoming by the
 * database clock; the CSV export streams every row; no plan, no rows (and a 404 for the export).
 */

let staff: Ctx;
let customer: Ctx;
let accountId: string;
let planId: string;
const DAY = 86_400_000;

const q = (params: Record<string, string>) => new URLSearchParams(params);
async function readAll(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

beforeAll(async () => {
  staff = await ctxOf(await createUser('didtron', 'super_admin'), 'didtron');
  const acmeAdmin = await ctxOf(await createUser('acme', 'tenant_admin'), 'acme');
  const cats = await withPlatform((tx) => tx.select().from(customerCategoriesTable));
  const categoryId = cats.find((c) => c.slug === 'enterprise')!.id;
  accountId = (
    await createCustomerAccount({ ctx: acmeAdmin, input: { company: `Rates ${randomUUID().slice(0, 6)}`, billingContactName: 'Ada', billingEmail: `r-${randomUUID().slice(0, 8)}@example.com`, country: 'GB', billingCurrency: 'EUR', billingModel: 'prepaid', categoryId, groupId: null } })
  ).id;
  const user = await createUser('acme', 'customer_user');
  await withTenant(user.tenantId, (tx) => tx.update(users).set({ customerAccountId: accountId }).where(eq(users.id, user.id)));
  customer = await ctxOf(user, 'acme');
  const acmeId = user.tenantId;
  const plan = await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: `Sell ${randomUUID().slice(0, 6)}`, kind: 'sell', currency: 'EUR' } });
  planId = plan.id;
  const draft = await createDraftVersion({ ctx: staff, input: { planId } });
  const past = new Date(Date.now() - 10 * DAY).toISOString();
  const soon = new Date(Date.now() + 7 * DAY).toISOString();
  const rows = [
    { prefix: '4420', destination: 'United Kingdom - London', rate: '0.0061', effectiveFrom: past, effectiveTo: soon },
    { prefix: '4420', destination: 'United Kingdom - London', rate: '0.0065', effectiveFrom: soon },
    { prefix: '447', destination: 'United Kingdom - Mobile', rate: '0.0215', effectiveFrom: past },
    // A formula-looking name is defused in the CSV.
    { prefix: '33', destination: '=France, "fixed"', rate: '0.0100', effectiveFrom: past },
    ...Array.from({ length: 1200 }, (_, i) => ({ prefix: `99${String(i).padStart(4, '0')}`, destination: `Test ${i}`, rate: '0.1', effectiveFrom: past })),
  ];
  for (let i = 0; i < rows.length; i += 1000) await addRateRows({ ctx: staff, input: { versionId: draft.id, rows: rows.slice(i, i + 1000) as never } });
  await publishRatePlanVersion({ ctx: staff, input: { id: draft.id } });
});

describe('customer rates (rate plans as assignable items)', () => {
  it('has no plan until one is assigned: no rows, and the export is a 404', async () => {
    await expect(listMyRates({ ctx: customer, input: q({}) })).resolves.toMatchObject({ plan: null, items: [] });
    await expect(exportMyRates({ ctx: customer, input: q({}) })).rejects.toMatchObject({ status: 404 });
  });

  it('lists current and upcoming rows of the assigned plan, searchable, and exports them as CSV', async () => {
    await assign({ ctx: staff, input: { itemType: 'rate_plan', itemKey: planId, level: 'customer', targetId: accountId, value: { enabled: true } } });
    const current = await listMyRates({ ctx: customer, input: q({ q: 'united', limit: '10' }) });
    expect(current.plan).toMatchObject({ id: planId, currency: 'EUR' });
    expect(current.items.map((r) => [r.prefix, r.rate])).toEqual([
      ['4420', '0.006100'],
      ['447', '0.021500'],
    ]);
    const upcoming = await listMyRates({ ctx: customer, input: q({ when: 'upcoming' }) });
    expect(upcoming.items.map((r) => [r.prefix, r.rate])).toEqual([['4420', '0.006500']]);
    expect((await listMyRates({ ctx: customer, input: q({ q: '+44 7' }) })).items.map((r) => r.prefix)).toEqual(['447']);

    const { filename, stream } = await exportMyRates({ ctx: customer, input: q({}) });
    expect(filename).toMatch(/-current\.csv$/);
    const lines = (await readAll(stream)).trim().split('\n');
    expect(lines).toHaveLength(1 + 3 + 1200);
    expect(lines[0]).toMatch(/^prefix,destination,rate_per_minute/);
    expect(lines.find((l) => l.startsWith('33,'))).toMatch(/^33,"'=France, ""fixed""",0\.010000,0\.000000,60,60,0\.000000,[0-9T:.Z-]+,,false,EUR$/);
    const upcomingCsv = (await readAll((await exportMyRates({ ctx: customer, input: q({ when: 'upcoming' }) })).stream)).trim().split('\n');
    expect(upcomingCsv).toHaveLength(2);
  });

  it('refuses hostile input with 422, never 5xx', async () => {
    for (const input of [q({ when: 'past' }), q({ sort: 'rate_micro' }), q({ cursor: 'x'.repeat(5000) })])
      await expect(listMyRates({ ctx: customer, input })).rejects.toMatchObject({ status: 422 });
    await expect(listMyRates({ ctx: customer, input: q({ q: '\u0000\u0007' }) })).rejects.toMatchObject({ status: 422 });
    // LIKE wildcards are searched for literally: nothing matches.
    await expect(listMyRates({ ctx: customer, input: q({ q: '%_' }) })).resolves.toMatchObject({ items: [] });
    // A huge limit is clamped to the list's maximum, not an error.
    expect((await listMyRates({ ctx: customer, input: q({ limit: '100000' }) })).items.length).toBeLessThanOrEqual(100);
  });

  it('a withheld plan is no plan', async () => {
    await unassign({ ctx: staff, input: { itemType: 'rate_plan', itemKey: planId, level: 'customer', targetId: accountId } });
    await expect(listMyRates({ ctx: customer, input: q({}) })).resolves.toMatchObject({ plan: null });
  });

  it('quotes and defuses CSV cells', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });
});
