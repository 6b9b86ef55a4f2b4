import { count } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { drizzle } from 'drizzle-orm/postgres-js';
import { catalogAuthMethods, catalogChannelPlans, catalogCodecs, catalogDidCountries, catalogDidProviders, catalogPops, catalogVoiceTiers } from './schema';

type SeedTx = Parameters<Parameters<ReturnType<typeof drizzle>['transaction']>[0]>[0];

/**
 * Demo voice catalogue (sandbox only). A kind is seeded only while its table is empty (live or in
 * the Trash), so edits and deletions made in the sandbox survive restarts. POP addresses are from
 * the documentation ranges (RFC 5737, RFC 3849); codec payload types are RFC 3551's; DID country
 * requirements summarise the regulators' public numbering rules (re-check before selling).
 */
const pops = [
  { name: 'London', code: 'LON1', region: 'europe' as const, ipAddresses: ['192.0.2.10', '192.0.2.11'], description: 'Primary European POP (Docklands), carrier interconnects for UK and Ireland.' },
  { name: 'Frankfurt', code: 'FRA1', region: 'europe' as const, ipAddresses: ['198.51.100.10', '2001:db8:100::10'], description: 'Continental Europe POP next to DE-CIX.' },
  { name: 'New York', code: 'NYC1', region: 'north_america' as const, ipAddresses: ['203.0.113.10', '203.0.113.11'], description: 'North American POP for US and Canadian traffic.' },
  { name: 'Singapore', code: 'SIN1', region: 'asia_pacific' as const, ipAddresses: ['203.0.113.74', '2001:db8:200::10'], status: 'maintenance' as const, description: 'Asia Pacific POP; in maintenance while its second SBC is installed.' },
];

const tiers = [
  { name: 'Platinum', rank: 1, asrTargetBp: 5500, acdTargetSeconds: 240, pddTargetMs: 2500, description: 'Direct routes with CLI delivered, for contact centres and enterprises.' },
  { name: 'Gold', rank: 2, asrTargetBp: 4500, acdTargetSeconds: 180, pddTargetMs: 3500, description: 'Premium wholesale routes, CLI delivered on most destinations.' },
  { name: 'Silver', rank: 3, asrTargetBp: 3500, acdTargetSeconds: 120, pddTargetMs: 5000, description: 'Standard wholesale quality at a lower price.' },
  { name: 'Bronze', rank: 4, asrTargetBp: 2500, acdTargetSeconds: 60, pddTargetMs: 8000, description: 'Lowest cost routes, CLI not guaranteed.' },
];

const codecs = [
  { name: 'G.711 A-law (PCMA)', payloadType: 8, clockRate: 8000, description: '64 kbit/s, the European PSTN standard; no transcoding towards most carriers.' },
  { name: 'G.711 μ-law (PCMU)', payloadType: 0, clockRate: 8000, description: '64 kbit/s, the North American PSTN standard.' },
  { name: 'G.729', payloadType: 18, clockRate: 8000, description: '8 kbit/s, for links where bandwidth matters more than quality.' },
  { name: 'G.722', payloadType: 9, clockRate: 8000, description: 'Wideband (16 kHz audio); its RTP clock rate is 8000 by RFC 3551.' },
  { name: 'Opus', payloadType: null, clockRate: 48000, description: 'Adaptive wideband codec; dynamic payload type negotiated in SDP (RFC 7587).' },
];

const authMethods = [
  { name: 'IP authentication', kind: 'ip' as const, description: 'Calls are accepted from the customer’s registered source addresses.' },
  { name: 'SIP digest credentials', kind: 'credentials' as const, description: 'The customer’s PBX registers with a username and password.' },
];

const channelPlans = [
  { name: 'Starter', channels: 10, cps: 2, description: 'Small offices and single sites.' },
  { name: 'Business', channels: 30, cps: 5, description: 'Multi-site businesses and small contact centres.' },
  { name: 'Wholesale', channels: 500, cps: 50, description: 'Carriers and large contact centres.' },
];

const didCountries = [
  {
    isoCode: 'GB',
    name: 'United Kingdom',
    requirements: 'Geographic numbers are assigned to a named end user with a UK address (Ofcom General Conditions); the address is kept for emergency services.',
    kycDocuments: ['Government-issued photo ID', 'Proof of UK address (utility bill or bank statement, under 3 months)'],
  },
  {
    isoCode: 'DE',
    name: 'Germany',
    requirements: 'A geographic number requires a residence or business address inside that local numbering area (Bundesnetzagentur numbering rules).',
    kycDocuments: ['Passport or national ID card', 'Proof of address within the area code', 'Commercial register extract (Handelsregisterauszug) for companies'],
  },
  {
    isoCode: 'FR',
    name: 'France',
    requirements: 'Geographic numbers need an address in the matching zone (ARCEP); businesses prove their registration.',
    kycDocuments: ['Passport or national ID card', 'Proof of address in France', 'Kbis extract for companies'],
  },
  {
    isoCode: 'ES',
    name: 'Spain',
    requirements: 'Geographic numbers need an address in the province of the number.',
    kycDocuments: ['DNI, NIE or passport', 'Proof of address in the province', 'CIF for companies'],
  },
  {
    isoCode: 'US',
    name: 'United States',
    requirements: 'No identity documents for local numbers; a registered E911 service address is required before outbound use.',
    kycDocuments: [],
  },
];

const didProviders = [
  { name: 'Northwind Numbers', countries: ['GB', 'DE', 'FR', 'ES', 'NL'], description: 'European geographic and national numbers with regulatory document handling.' },
  { name: 'Atlas DID', countries: ['US', 'CA'], description: 'North American local and toll-free numbers.' },
];

async function seedKind(tx: SeedTx, table: PgTable, rows: Record<string, unknown>[]) {
  const [existing] = await tx.select({ n: count() }).from(table);
  if ((existing?.n ?? 0) > 0) return;
  await tx.insert(table).values(rows as never);
}

export async function seedCatalog(tx: SeedTx): Promise<void> {
  await seedKind(tx, catalogPops, pops);
  await seedKind(tx, catalogVoiceTiers, tiers);
  await seedKind(tx, catalogCodecs, codecs);
  await seedKind(tx, catalogAuthMethods, authMethods);
  await seedKind(tx, catalogChannelPlans, channelPlans);
  await seedKind(tx, catalogDidCountries, didCountries);
  await seedKind(tx, catalogDidProviders, didProviders);
}
