import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { drizzle } from 'drizzle-orm/postgres-js';
import { carrierBalances, carrierContacts, carrierInterconnectAddresses, carrierInterconnects, carriers, carrierServices, carrierUsers, catalogPops, customerAccounts, users } from './schema';
import { DEMO_ROUTING_PLAN_ID, ensureDemoRoutingPlan } from './seed-routing';
import type { CarrierContactKind, CarrierType } from './schema/class4-values';

type SeedTx = Parameters<Parameters<ReturnType<typeof drizzle>['transaction']>[0]>[0];

type DemoInterconnect = { name: string; direction: 'ingress' | 'egress'; pop: string; addresses: string[]; techPrefix?: string; codecs: string[]; maxCps?: number; maxChannels?: number };
type DemoService = { name: string; on: string; routeTo?: [string, string]; routingPlan?: boolean; destinations?: string[]; currency?: string };
type DemoCarrier = {
  code: string;
  name: string;
  type: CarrierType;
  currencies: string[];
  creditLimitMinor?: number;
  exposureAlertMinor?: number;
  exposureLimitMinor?: number;
  maxChannels?: number;
  /** The customer account (by company) and carrier users (by email) linked to it. */
  account?: string;
  users?: string[];
  contacts: Array<[CarrierContactKind, string, string]>;
  interconnects: DemoInterconnect[];
  services?: DemoService[];
  /** [currency, customer balance, supplier balance] in minor units. */
  balances?: Array<[string, number, number]>;
};

const ROOT_CARRIERS: DemoCarrier[] = [
  {
    code: 'ATLWV',
    name: 'Atlantic Wholesale Voice',
    type: 'supplier',
    currencies: ['USD'],
    contacts: [
      ['commercial', 'Dana Whitfield', 'sales@atlantic-wv.example'],
      ['noc', 'Atlantic NOC', 'noc@atlantic-wv.example'],
    ],
    interconnects: [{ name: 'ATL NYC egress', direction: 'egress', pop: 'NYC1', addresses: ['198.51.100.40', '198.51.100.41'], codecs: ['G729', 'PCMU'], maxChannels: 2000 }],
    balances: [['USD', 0, 1_245_000]],
  },
  {
    code: 'EUTRN',
    name: 'Euro Transit Carrier',
    type: 'supplier',
    currencies: ['EUR'],
    contacts: [
      ['technical', 'Lukas Brandt', 'interconnect@eurotransit.example'],
      ['billing', 'Eva Schmitt', 'billing@eurotransit.example'],
    ],
    interconnects: [{ name: 'EUT FRA egress', direction: 'egress', pop: 'FRA1', addresses: ['203.0.113.130/31'], codecs: ['PCMA', 'G729', 'G722:relay'], maxChannels: 1500 }],
    balances: [['EUR', 0, 860_000]],
  },
  {
    code: 'ORBTL',
    name: 'Orbital Telecom',
    type: 'supplier',
    currencies: ['GBP'],
    contacts: [['noc', 'Orbital NOC', 'noc@orbital-tel.example']],
    interconnects: [{ name: 'ORB LON egress', direction: 'egress', pop: 'LON1', addresses: ['192.0.2.200'], techPrefix: '7788', codecs: ['PCMA', 'G729'] }],
  },
  {
    code: 'DEMOC',
    name: 'Demo Carrier Ltd',
    type: 'bilateral',
    currencies: ['USD', 'EUR'],
    creditLimitMinor: 1_000_000,
    exposureAlertMinor: -250_000,
    exposureLimitMinor: -1_000_000,
    maxChannels: 500,
    users: ['carrier@didtron.localhost'],
    contacts: [
      ['commercial', 'Morgan Reyes', 'commercial@democarrier.example'],
      ['technical', 'Ivan Petrov', 'voip@democarrier.example'],
      ['billing', 'Demo Carrier Accounts', 'ap@democarrier.example'],
      ['noc', 'Demo Carrier NOC', 'noc@democarrier.example'],
    ],
    interconnects: [
      { name: 'DEMO LON ingress', direction: 'ingress', pop: 'LON1', addresses: ['198.51.100.0/29'], techPrefix: '4401', codecs: ['G729', 'PCMA'], maxCps: 30, maxChannels: 300 },
      { name: 'DEMO LON egress', direction: 'egress', pop: 'LON1', addresses: ['198.51.100.20'], codecs: ['PCMA', 'PCMU'] },
    ],
    services: [
      { name: 'UK termination', on: 'DEMO LON ingress', routeTo: ['ORBTL', 'ORB LON egress'], destinations: ['44'], currency: 'USD' },
      { name: 'Rest of world', on: 'DEMO LON ingress', routingPlan: true, currency: 'USD' },
    ],
    balances: [
      ['USD', 420_000, 95_000],
      ['EUR', 0, 310_000],
    ],
  },
  {
    code: 'MERID',
    name: 'Meridian Carrier Services',
    type: 'bilateral',
    currencies: ['EUR', 'USD'],
    creditLimitMinor: 500_000,
    exposureAlertMinor: 0,
    contacts: [['commercial', 'Sofia Lindqvist', 'partners@meridian-cs.example']],
    interconnects: [
      { name: 'MER FRA ingress', direction: 'ingress', pop: 'FRA1', addresses: ['203.0.113.64/28'], codecs: ['PCMA', 'G729'], maxCps: 20 },
      { name: 'MER FRA egress', direction: 'egress', pop: 'FRA1', addresses: ['203.0.113.90'], codecs: ['PCMA'] },
    ],
    services: [{ name: 'EU transit', on: 'MER FRA ingress', routeTo: ['EUTRN', 'EUT FRA egress'], destinations: ['33', '34', '39', '49'], currency: 'EUR' }],
    balances: [['EUR', -40_000, 120_000]],
  },
  {
    code: 'BLUEH',
    name: 'Blue Harbor Telecom',
    type: 'customer',
    currencies: ['EUR'],
    creditLimitMinor: 2_000_000,
    account: 'Blue Harbor Telecom',
    contacts: [['billing', 'Marco Rossi', 'billing@blueharbor.example']],
    interconnects: [{ name: 'BH LON ingress', direction: 'ingress', pop: 'LON1', addresses: ['192.0.2.128/28'], techPrefix: '991', codecs: ['G729'], maxCps: 10, maxChannels: 120 }],
    services: [{ name: 'Wholesale A-Z', on: 'BH LON ingress', routeTo: ['ATLWV', 'ATL NYC egress'], currency: 'EUR' }],
    balances: [['EUR', 735_000, 0]],
  },
];

const ACME_CARRIERS: DemoCarrier[] = [
  {
    code: 'ACMEC',
    name: 'Acme Carrier Co',
    type: 'customer',
    currencies: ['USD'],
    users: ['carrier@acme.localhost'],
    contacts: [['noc', 'Acme Carrier NOC', 'noc@acmecarrier.example']],
    interconnects: [{ name: 'ACME NYC ingress', direction: 'ingress', pop: 'NYC1', addresses: ['198.51.100.200'], codecs: ['PCMU'] }],
    balances: [['USD', 55_000, 0]],
  },
];

/** The demo services rated in a currency: the rates seed gives each the sell plan of that currency. */
export const demoRatedServices = (): Array<{ carrier: string; service: string; currency: string }> =>
  ROOT_CARRIERS.flatMap((c) => (c.services ?? []).filter((s) => s.currency).map((s) => ({ carrier: c.code, service: s.name, currency: s.currency! })));

/**
 * Demo Class 4 carriers (suppliers, bilateral partners, a customer carrier) with interconnects,
 * services, contacts and balances; the demo carrier users linked to theirs. Idempotent: each
 * record is found by its code or name before insert; nothing existing is changed.
 */
export async function seedDemoCarriers(tx: SeedTx, rootId: string, acmeId: string): Promise<void> {
  const pops = await tx.select({ id: catalogPops.id, code: catalogPops.code }).from(catalogPops).where(isNull(catalogPops.deletedAt));
  const popId = (code: string) => pops.find((p) => p.code === code)?.id;
  const egress = new Map<string, string>();
  for (const [tenantId, list] of [
    [rootId, ROOT_CARRIERS],
    [acmeId, ACME_CARRIERS],
  ] as const) {
    // Suppliers first: services route to their egress interconnects.
    for (const c of list) {
      let [row] = await tx.select().from(carriers).where(and(eq(carriers.tenantId, tenantId), eq(carriers.code, c.code)));
      if (!row) {
        const [account] = c.account ? await tx.select({ id: customerAccounts.id }).from(customerAccounts).where(and(eq(customerAccounts.tenantId, tenantId), eq(customerAccounts.company, c.account))) : [];
        [row] = await tx
          .insert(carriers)
          .values({
            tenantId,
            code: c.code,
            name: c.name,
            type: c.type,
            primaryCurrency: c.currencies[0]!,
            currencies: c.currencies,
            creditLimitMinor: c.creditLimitMinor ?? null,
            exposureAlertMinor: c.exposureAlertMinor ?? null,
            exposureLimitMinor: c.exposureLimitMinor ?? null,
            maxChannels: c.maxChannels ?? null,
            customerAccountId: account?.id ?? null,
          })
          .returning();
        await tx.insert(carrierContacts).values(c.contacts.map(([kind, name, email]) => ({ tenantId, carrierId: row!.id, kind, name, email })));
        for (const [currency, customer, supplier] of c.balances ?? []) await tx.insert(carrierBalances).values({ tenantId, carrierId: row!.id, currency, customerBalanceMinor: customer, supplierBalanceMinor: supplier }).onConflictDoNothing();
      }
      const carrier = row!;
      if (c.users?.length) {
        const linked = await tx.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.email, c.users), eq(users.role, 'carrier_user')));
        if (linked.length) await tx.insert(carrierUsers).values(linked.map((u) => ({ tenantId, carrierId: carrier.id, userId: u.id }))).onConflictDoNothing();
      }
      const ingress = new Map<string, string>();
      for (const ic of c.interconnects) {
        const pop = popId(ic.pop);
        if (!pop) continue;
        let [existing] = await tx.select().from(carrierInterconnects).where(and(eq(carrierInterconnects.carrierId, carrier.id), eq(carrierInterconnects.name, ic.name)));
        if (!existing) {
          [existing] = await tx
            .insert(carrierInterconnects)
            .values({
              tenantId,
              carrierId: carrier.id,
              name: ic.name,
              direction: ic.direction,
              popId: pop,
              techPrefix: ic.techPrefix ?? '',
              maxCps: ic.maxCps ?? null,
              maxChannels: ic.maxChannels ?? null,
              codecs: ic.codecs.map((x) => ({ codec: x.split(':')[0]!, mode: x.endsWith(':relay') ? ('relay' as const) : ('supported' as const) })),
            })
            .returning();
          await tx.insert(carrierInterconnectAddresses).values(
            ic.addresses.map((a) => ({ tenantId, interconnectId: existing!.id, carrierId: carrier.id, popId: pop, techPrefix: ic.techPrefix ?? '', direction: ic.direction, network: a.includes('/') ? a : `${a}/32` })),
          );
        }
        (ic.direction === 'egress' ? egress : ingress).set(ic.direction === 'egress' ? `${c.code}/${ic.name}` : ic.name, existing!.id);
      }
      for (const s of c.services ?? []) {
        if (s.routingPlan) await ensureDemoRoutingPlan(tx, rootId);
        const on = ingress.get(s.on);
        const route = s.routeTo ? egress.get(s.routeTo.join('/')) : undefined;
        if (!on || (s.routeTo && !route)) continue;
        const [found] = await tx.select({ id: carrierServices.id }).from(carrierServices).where(and(eq(carrierServices.interconnectId, on), eq(carrierServices.name, s.name)));
        if (found) continue;
        await tx.insert(carrierServices).values({
          tenantId,
          carrierId: carrier.id,
          interconnectId: on,
          name: s.name,
          routingMethod: s.routingPlan ? 'routing_plan' : 'interconnect',
          routeInterconnectId: route ?? null,
          // The demo routing plan (its entries come from db/seed-routing.ts, which needs the carriers
          // first). The rate plan (s.currency) is attached by the rates seed (db/seed-rates.ts).
          routingPlanId: s.routingPlan ? DEMO_ROUTING_PLAN_ID : null,
          destinationPrefixes: s.destinations ?? [],
        });
      }
    }
  }
}
