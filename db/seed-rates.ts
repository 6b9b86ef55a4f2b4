import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { drizzle } from 'drizzle-orm/postgres-js';
import { assignments, carrierInterconnects, carriers, carrierServices, customerAccounts, rateImportRules, rateImportRuleSets, ratePlanRows, ratePlans, ratePlanVersions } from './schema';
import type { ImportRuleAction, ImportRuleKind } from './schema/rates-values';
import { demoRatedServices } from './seed-class4';

type SeedTx = Parameters<Parameters<ReturnType<typeof drizzle>['transaction']>[0]>[0];

/**
 * Destinations as carriers' decks name them: country code, name, fixed and mobile buy rates in USD
 * micro-units per minute (ballpark wholesale A-Z figures), the mobile ranges, and city codes with
 * their own fixed rate. Real E.164 country codes and mobile ranges.
 */
type Country = { cc: string; name: string; fixed: number; mobile: number; mobiles: string[]; cities?: Array<[string, string]> };
const COUNTRIES: Country[] = [
  { cc: '1', name: 'United States', fixed: 4_500, mobile: 4_500, mobiles: [], cities: [['1212', 'New York'], ['1213', 'Los Angeles'], ['1312', 'Chicago'], ['1305', 'Miami']] },
  { cc: '1403', name: 'Canada Alberta', fixed: 6_000, mobile: 6_000, mobiles: [] },
  { cc: '1416', name: 'Canada Toronto', fixed: 5_500, mobile: 5_500, mobiles: [] },
  { cc: '1876', name: 'Jamaica', fixed: 110_000, mobile: 160_000, mobiles: ['1876295', '1876303', '1876310', '1876320'] },
  { cc: '1809', name: 'Dominican Republic', fixed: 45_000, mobile: 72_000, mobiles: ['1809201', '1809203', '1809204'] },
  { cc: '20', name: 'Egypt', fixed: 72_000, mobile: 98_000, mobiles: ['2010', '2011', '2012', '2015'], cities: [['202', 'Cairo']] },
  { cc: '212', name: 'Morocco', fixed: 180_000, mobile: 320_000, mobiles: ['2126', '2127'] },
  { cc: '213', name: 'Algeria', fixed: 95_000, mobile: 410_000, mobiles: ['2135', '2136', '2137'] },
  { cc: '216', name: 'Tunisia', fixed: 280_000, mobile: 330_000, mobiles: ['2162', '2165', '2169'] },
  { cc: '221', name: 'Senegal', fixed: 190_000, mobile: 240_000, mobiles: ['22170', '22176', '22177', '22178'] },
  { cc: '225', name: 'Ivory Coast', fixed: 160_000, mobile: 210_000, mobiles: ['22501', '22505', '22507'] },
  { cc: '233', name: 'Ghana', fixed: 160_000, mobile: 220_000, mobiles: ['23320', '23324', '23326', '23327', '23354', '23355'] },
  { cc: '234', name: 'Nigeria', fixed: 90_000, mobile: 115_000, mobiles: ['234703', '234803', '234805', '234806', '234809'], cities: [['2341', 'Lagos']] },
  { cc: '254', name: 'Kenya', fixed: 85_000, mobile: 120_000, mobiles: ['25470', '25471', '25472', '25473'] },
  { cc: '255', name: 'Tanzania', fixed: 140_000, mobile: 260_000, mobiles: ['25565', '25571', '25575', '25576'] },
  { cc: '256', name: 'Uganda', fixed: 190_000, mobile: 230_000, mobiles: ['25670', '25675', '25677', '25678'] },
  { cc: '27', name: 'South Africa', fixed: 16_000, mobile: 52_000, mobiles: ['2760', '2771', '2772', '2782', '2783'], cities: [['2711', 'Johannesburg'], ['2721', 'Cape Town']] },
  { cc: '30', name: 'Greece', fixed: 9_000, mobile: 48_000, mobiles: ['3069'], cities: [['30210', 'Athens']] },
  { cc: '31', name: 'Netherlands', fixed: 8_500, mobile: 42_000, mobiles: ['316'], cities: [['3120', 'Amsterdam']] },
  { cc: '32', name: 'Belgium', fixed: 9_500, mobile: 38_000, mobiles: ['3246', '3247', '3248', '3249'], cities: [['322', 'Brussels']] },
  { cc: '33', name: 'France', fixed: 7_000, mobile: 28_000, mobiles: ['336', '337'], cities: [['331', 'Paris']] },
  { cc: '34', name: 'Spain', fixed: 6_500, mobile: 21_000, mobiles: ['346', '347'], cities: [['3491', 'Madrid'], ['3493', 'Barcelona']] },
  { cc: '351', name: 'Portugal', fixed: 8_000, mobile: 32_000, mobiles: ['35191', '35192', '35193', '35196'] },
  { cc: '353', name: 'Ireland', fixed: 9_000, mobile: 31_000, mobiles: ['35383', '35385', '35386', '35387', '35389'] },
  { cc: '358', name: 'Finland', fixed: 18_000, mobile: 55_000, mobiles: ['35840', '35844', '35850'] },
  { cc: '359', name: 'Bulgaria', fixed: 22_000, mobile: 95_000, mobiles: ['35987', '35988', '35989'] },
  { cc: '36', name: 'Hungary', fixed: 11_000, mobile: 46_000, mobiles: ['3620', '3630', '3670'] },
  { cc: '370', name: 'Lithuania', fixed: 24_000, mobile: 88_000, mobiles: ['3706'] },
  { cc: '371', name: 'Latvia', fixed: 26_000, mobile: 120_000, mobiles: ['3712'] },
  { cc: '372', name: 'Estonia', fixed: 28_000, mobile: 140_000, mobiles: ['3725'] },
  { cc: '380', name: 'Ukraine', fixed: 95_000, mobile: 125_000, mobiles: ['38050', '38063', '38066', '38067', '38068', '38093'] },
  { cc: '381', name: 'Serbia', fixed: 55_000, mobile: 190_000, mobiles: ['38160', '38163', '38164', '38165'] },
  { cc: '385', name: 'Croatia', fixed: 30_000, mobile: 110_000, mobiles: ['38591', '38592', '38595', '38598'] },
  { cc: '39', name: 'Italy', fixed: 6_000, mobile: 24_000, mobiles: ['393'], cities: [['3906', 'Rome'], ['3902', 'Milan']] },
  { cc: '40', name: 'Romania', fixed: 12_000, mobile: 52_000, mobiles: ['4072', '4073', '4074', '4075', '4076'] },
  { cc: '41', name: 'Switzerland', fixed: 13_000, mobile: 125_000, mobiles: ['4176', '4177', '4178', '4179'], cities: [['4144', 'Zurich']] },
  { cc: '420', name: 'Czech Republic', fixed: 9_000, mobile: 45_000, mobiles: ['42060', '42072', '42073', '42077'] },
  { cc: '43', name: 'Austria', fixed: 9_500, mobile: 62_000, mobiles: ['43650', '43660', '43664', '43676', '43699'], cities: [['431', 'Vienna']] },
  { cc: '44', name: 'United Kingdom', fixed: 4_800, mobile: 19_000, mobiles: ['4474', '4475', '4477', '4478', '4479'], cities: [['4420', 'London'], ['44121', 'Birmingham'], ['44161', 'Manchester']] },
  { cc: '45', name: 'Denmark', fixed: 8_000, mobile: 30_000, mobiles: ['4520', '4530', '4540', '4550'] },
  { cc: '46', name: 'Sweden', fixed: 7_500, mobile: 24_000, mobiles: ['4670', '4672', '4673', '4676'] },
  { cc: '47', name: 'Norway', fixed: 8_000, mobile: 26_000, mobiles: ['474', '479'] },
  { cc: '48', name: 'Poland', fixed: 7_000, mobile: 22_000, mobiles: ['4850', '4851', '4853', '4860', '4866', '4869'] },
  { cc: '49', name: 'Germany', fixed: 6_000, mobile: 36_000, mobiles: ['4915', '4916', '4917'], cities: [['4930', 'Berlin'], ['4940', 'Hamburg'], ['4989', 'Munich']] },
  { cc: '51', name: 'Peru', fixed: 11_000, mobile: 42_000, mobiles: ['519'] },
  { cc: '52', name: 'Mexico', fixed: 9_000, mobile: 14_000, mobiles: ['521'], cities: [['5255', 'Mexico City']] },
  { cc: '54', name: 'Argentina', fixed: 13_000, mobile: 62_000, mobiles: ['549'], cities: [['5411', 'Buenos Aires']] },
  { cc: '55', name: 'Brazil', fixed: 12_000, mobile: 45_000, mobiles: ['55119', '55219', '5531'], cities: [['5511', 'Sao Paulo'], ['5521', 'Rio de Janeiro']] },
  { cc: '56', name: 'Chile', fixed: 14_000, mobile: 28_000, mobiles: ['569'] },
  { cc: '57', name: 'Colombia', fixed: 16_000, mobile: 22_000, mobiles: ['573'] },
  { cc: '58', name: 'Venezuela', fixed: 45_000, mobile: 120_000, mobiles: ['58412', '58414', '58416', '58424'] },
  { cc: '60', name: 'Malaysia', fixed: 12_000, mobile: 16_000, mobiles: ['6011', '6012', '6013', '6016', '6017', '6019'] },
  { cc: '61', name: 'Australia', fixed: 11_000, mobile: 38_000, mobiles: ['614'], cities: [['612', 'Sydney'], ['613', 'Melbourne']] },
  { cc: '62', name: 'Indonesia', fixed: 30_000, mobile: 58_000, mobiles: ['62811', '62812', '62813', '62815', '62817', '62852'] },
  { cc: '63', name: 'Philippines', fixed: 110_000, mobile: 165_000, mobiles: ['63905', '63915', '63917', '63918', '63919', '63920'] },
  { cc: '64', name: 'New Zealand', fixed: 13_000, mobile: 42_000, mobiles: ['6421', '6422', '6427'] },
  { cc: '65', name: 'Singapore', fixed: 7_000, mobile: 7_500, mobiles: ['658', '659'] },
  { cc: '66', name: 'Thailand', fixed: 14_000, mobile: 16_000, mobiles: ['668', '669'] },
  { cc: '81', name: 'Japan', fixed: 28_000, mobile: 95_000, mobiles: ['8170', '8180', '8190'], cities: [['813', 'Tokyo']] },
  { cc: '82', name: 'South Korea', fixed: 16_000, mobile: 26_000, mobiles: ['8210'] },
  { cc: '84', name: 'Vietnam', fixed: 62_000, mobile: 72_000, mobiles: ['8490', '8491', '8498'] },
  { cc: '86', name: 'China', fixed: 9_000, mobile: 9_000, mobiles: ['8613', '8615', '8618'], cities: [['8610', 'Beijing'], ['8621', 'Shanghai']] },
  { cc: '90', name: 'Turkey', fixed: 24_000, mobile: 95_000, mobiles: ['90530', '90532', '90535', '90542', '90555'] },
  { cc: '91', name: 'India', fixed: 19_000, mobile: 17_500, mobiles: ['917', '918', '919'], cities: [['9111', 'Delhi'], ['9122', 'Mumbai']] },
  { cc: '92', name: 'Pakistan', fixed: 88_000, mobile: 98_000, mobiles: ['9230', '9231', '9233', '9234'] },
  { cc: '880', name: 'Bangladesh', fixed: 22_000, mobile: 23_000, mobiles: ['88017', '88018', '88019'] },
  { cc: '94', name: 'Sri Lanka', fixed: 95_000, mobile: 110_000, mobiles: ['9471', '9477', '9478'] },
  { cc: '966', name: 'Saudi Arabia', fixed: 85_000, mobile: 140_000, mobiles: ['96650', '96655', '96656'] },
  { cc: '971', name: 'United Arab Emirates', fixed: 120_000, mobile: 165_000, mobiles: ['97150', '97152', '97155', '97156'] },
  { cc: '972', name: 'Israel', fixed: 9_000, mobile: 26_000, mobiles: ['97250', '97252', '97254', '97258'] },
  { cc: '974', name: 'Qatar', fixed: 210_000, mobile: 215_000, mobiles: ['9743', '9745', '9746', '9747'] },
];

type DeckRow = { prefix: string; destination: string; buyUsd: number };

/** The A-Z deck: fixed (country and cities) and mobile ranges, about 330 rows. */
export function demoDeck(): DeckRow[] {
  const rows: DeckRow[] = [];
  for (const c of COUNTRIES) {
    rows.push({ prefix: c.cc, destination: c.mobiles.length ? `${c.name} - Fixed` : c.name, buyUsd: c.fixed });
    for (const [prefix, city] of c.cities ?? []) rows.push({ prefix, destination: `${c.name} - ${city}`, buyUsd: Math.round(c.fixed * 0.9) });
    for (const prefix of c.mobiles) rows.push({ prefix, destination: `${c.name} - Mobile`, buyUsd: c.mobile });
  }
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.prefix) && seen.add(r.prefix));
}

type DemoPlan = {
  name: string;
  kind: 'sell' | 'buy';
  currency: 'USD' | 'EUR' | 'GBP';
  description: string;
  /** Multiplier of the USD buy rate (margin, currency) in per-mille. */
  factor: number;
  increments: [number, number];
};

const PLANS: DemoPlan[] = [
  { name: 'Wholesale A-Z USD', kind: 'sell', currency: 'USD', description: 'Standard A-Z sell rates for USD customers.', factor: 1_250, increments: [60, 60] },
  { name: 'Wholesale A-Z EUR', kind: 'sell', currency: 'EUR', description: 'Standard A-Z sell rates for EUR customers.', factor: 1_150, increments: [60, 60] },
  { name: 'Wholesale A-Z GBP', kind: 'sell', currency: 'GBP', description: 'Standard A-Z sell rates for GBP customers.', factor: 1_000, increments: [60, 1] },
  { name: 'Atlantic Wholesale Voice buy USD', kind: 'buy', currency: 'USD', description: 'Atlantic Wholesale Voice deck (A-Z, 6 second billing).', factor: 1_000, increments: [1, 1] },
  { name: 'Euro Transit buy EUR', kind: 'buy', currency: 'EUR', description: 'Euro Transit Carrier deck (European focus).', factor: 930, increments: [30, 6] },
  { name: 'Demo Carrier buy USD', kind: 'buy', currency: 'USD', description: 'Demo Carrier Ltd bilateral deck.', factor: 1_040, increments: [60, 6] },
];

const scaled = (micro: number, factor: number) => Math.max(100, Math.round((micro * factor) / 1_000 / 100) * 100);
const DAY = 86_400_000;

/**
 * Demo rate plans (sell and buy, USD and EUR), each with a published version (an A-Z deck of a few
 * hundred real destinations, a few rate changes effective in two weeks) and a draft with changes
 * (increases, decreases, a new code, a removed code), attached to the demo carriers' services and
 * egress interconnects. Idempotent: a plan found by name is left as it is.
 */
export async function seedDemoRatePlans(tx: SeedTx, rootId: string): Promise<Map<string, string>> {
  const deck = demoDeck();
  const ids = new Map<string, string>();
  const today = new Date(Math.floor(Date.now() / DAY) * DAY);
  const since = new Date(today.getTime() - 60 * DAY);
  const upcoming = new Date(today.getTime() + 14 * DAY);
  for (const [i, p] of PLANS.entries()) {
    const [found] = await tx.select({ id: ratePlans.id }).from(ratePlans).where(and(eq(ratePlans.tenantId, rootId), eq(ratePlans.name, p.name)));
    if (found) {
      ids.set(p.name, found.id);
      continue;
    }
    const [plan] = await tx.insert(ratePlans).values({ tenantId: rootId, name: p.name, kind: p.kind, currency: p.currency, precision: 4, rounding: 'up', description: p.description }).returning({ id: ratePlans.id });
    ids.set(p.name, plan!.id);
    const base = (r: DeckRow) => ({ tenantId: rootId, prefix: r.prefix, destination: r.destination, initialIncrement: p.increments[0], subsequentIncrement: p.increments[1] });
    // Version 1, published: the deck since two months, and every 9th destination changing in two weeks
    // (the old rate closes then): the customer's "upcoming rate changes".
    const [v1] = await tx.insert(ratePlanVersions).values({ tenantId: rootId, planId: plan!.id, number: 1, notes: 'Initial deck' }).returning({ id: ratePlanVersions.id });
    const v1Rows = deck.flatMap((r, n) => {
      const rate = scaled(r.buyUsd, p.factor);
      const changes = (n + i) % 9 === 0;
      const current = { ...base(r), versionId: v1!.id, rateMicro: rate, effectiveFrom: since, effectiveTo: changes ? upcoming : null };
      if (!changes) return [current];
      return [current, { ...base(r), versionId: v1!.id, rateMicro: scaled(rate, n % 2 ? 1_080 : 940), effectiveFrom: upcoming, effectiveTo: null }];
    });
    await tx.insert(ratePlanRows).values(v1Rows);
    await tx.update(ratePlanVersions).set({ status: 'published', publishedAt: since }).where(eq(ratePlanVersions.id, v1!.id));
    // Version 2, a draft: the published rows with changes (every 7th up 5 %, every 11th down 3 %, one
    // code closed, one new).
    const [v2] = await tx.insert(ratePlanVersions).values({ tenantId: rootId, planId: plan!.id, number: 2, notes: 'Next month’s changes' }).returning({ id: ratePlanVersions.id });
    const draftRows = v1Rows
      .filter((r) => r.prefix !== deck[deck.length - 1]!.prefix)
      .map((r, n) => ({ ...r, versionId: v2!.id, rateMicro: n % 7 === 0 ? scaled(r.rateMicro, 1_050) : n % 11 === 0 ? scaled(r.rateMicro, 970) : r.rateMicro }));
    draftRows.push({ ...base({ prefix: '38097', destination: 'Ukraine - Mobile', buyUsd: 125_000 }), versionId: v2!.id, rateMicro: scaled(125_000, p.factor), effectiveFrom: today, effectiveTo: null });
    await tx.insert(ratePlanRows).values(draftRows);
  }
  await attachDemoPlans(tx, rootId, ids);
  await assignDemoCustomerPlans(tx, rootId, ids);
  await seedDemoImportRules(tx, rootId, ids);
  return ids;
}

type SeedRule = { action: ImportRuleAction; threshold?: number; allowed?: number[] };
const RULE_SETS: Array<{ name: string; description: string; rules: Record<ImportRuleKind, SeedRule>; plans: string[] }> = [
  {
    name: 'Standard supplier terms',
    description: 'Seven days’ notice for increases (rejected otherwise), one for decreases; increases above 25 % and unusual increments flagged.',
    rules: {
      increase_notice: { action: 'reject', threshold: 7 },
      decrease_notice: { action: 'alert', threshold: 1 },
      new_notice: { action: 'alert', threshold: 7 },
      max_increase: { action: 'alert', threshold: 2_500 },
      max_decrease: { action: 'none', threshold: 5_000 },
      initial_increments: { action: 'alert', allowed: [1, 6, 30, 60] },
      subsequent_increments: { action: 'alert', allowed: [1, 6, 60] },
    },
    plans: ['Atlantic Wholesale Voice buy USD', 'Demo Carrier buy USD'],
  },
  {
    name: 'Euro Transit contract',
    description: 'Bilateral contract: 14 days for increases, increases above 10 % blocked until renegotiated.',
    rules: {
      increase_notice: { action: 'reject', threshold: 14 },
      decrease_notice: { action: 'none', threshold: 1 },
      new_notice: { action: 'alert', threshold: 7 },
      max_increase: { action: 'block', threshold: 1_000 },
      max_decrease: { action: 'alert', threshold: 5_000 },
      initial_increments: { action: 'none', allowed: [1, 30, 60] },
      subsequent_increments: { action: 'none', allowed: [1, 6] },
    },
    plans: ['Euro Transit buy EUR'],
  },
];

/** Supplier import rule sets (Digitalk's business rules), each on its suppliers' buy plans (only where none is set). Idempotent by name. */
async function seedDemoImportRules(tx: SeedTx, rootId: string, ids: Map<string, string>) {
  for (const set of RULE_SETS) {
    let [row] = await tx.select({ id: rateImportRuleSets.id }).from(rateImportRuleSets).where(and(eq(rateImportRuleSets.tenantId, rootId), eq(rateImportRuleSets.name, set.name)));
    if (!row) {
      [row] = await tx.insert(rateImportRuleSets).values({ tenantId: rootId, name: set.name, description: set.description }).returning({ id: rateImportRuleSets.id });
      await tx.insert(rateImportRules).values(
        (Object.entries(set.rules) as Array<[ImportRuleKind, SeedRule]>).map(([rule, r]) => ({ tenantId: rootId, ruleSetId: row!.id, rule, action: r.action, threshold: r.threshold ?? null, allowed: r.allowed ?? null })),
      );
    }
    const planIds = set.plans.map((name) => ids.get(name)).filter((id): id is string => !!id);
    if (planIds.length) await tx.update(ratePlans).set({ importRuleSetId: row!.id }).where(and(inArray(ratePlans.id, planIds), isNull(ratePlans.importRuleSetId)));
  }
}

/** Demo services get the sell plan of their currency, egress interconnects their supplier's buy plan (only where none is set). */
async function attachDemoPlans(tx: SeedTx, rootId: string, ids: Map<string, string>) {
  const sellFor: Record<string, string | undefined> = { USD: ids.get('Wholesale A-Z USD'), EUR: ids.get('Wholesale A-Z EUR') };
  for (const s of demoRatedServices()) {
    const planId = sellFor[s.currency];
    if (!planId) continue;
    const owners = tx.select({ id: carriers.id }).from(carriers).where(and(eq(carriers.tenantId, rootId), eq(carriers.code, s.carrier)));
    await tx
      .update(carrierServices)
      .set({ customerRatePlanId: planId, ratePlanCurrency: s.currency })
      .where(and(inArray(carrierServices.carrierId, owners), eq(carrierServices.name, s.service), isNull(carrierServices.customerRatePlanId)));
  }
  const buyFor: Array<[string, string]> = [
    ['ATLWV', 'Atlantic Wholesale Voice buy USD'],
    ['EUTRN', 'Euro Transit buy EUR'],
    ['DEMOC', 'Demo Carrier buy USD'],
  ];
  for (const [code, name] of buyFor) {
    const planId = ids.get(name);
    if (!planId) continue;
    const owners = tx.select({ id: carriers.id }).from(carriers).where(and(eq(carriers.tenantId, rootId), eq(carriers.code, code)));
    await tx
      .update(carrierInterconnects)
      .set({ supplierRatePlanId: planId })
      .where(and(inArray(carrierInterconnects.carrierId, owners), eq(carrierInterconnects.direction, 'egress'), isNull(carrierInterconnects.supplierRatePlanId)));
  }
}

/** The demo customer accounts get the sell plan of their currency (a customer-level rate_plan assignment; docs/DECISIONS.md). */
async function assignDemoCustomerPlans(tx: SeedTx, rootId: string, ids: Map<string, string>) {
  for (const [company, plan] of [
    ['Northwind Traders Ltd', 'Wholesale A-Z GBP'],
    ['Blue Harbor Telecom', 'Wholesale A-Z EUR'],
  ] as const) {
    const planId = ids.get(plan);
    const [account] = await tx.select({ id: customerAccounts.id }).from(customerAccounts).where(and(eq(customerAccounts.tenantId, rootId), eq(customerAccounts.company, company)));
    if (!planId || !account) continue;
    await tx.insert(assignments).values({ tenantId: rootId, itemType: 'rate_plan', itemKey: planId, level: 'customer', targetId: account.id, value: { enabled: true } }).onConflictDoNothing();
  }
}
