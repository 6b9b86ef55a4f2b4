import { hashPassword } from 'better-auth/crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Role } from './schema/roles';
import { assignments, authAccounts, customerAccounts, customerCategoriesTable, tenantDomains, tenants, users } from './schema';
import { seedDemoCustomers } from './seed-customers';
import { seedCatalog } from './seed-catalog';
import { seedDemoCarriers } from './seed-class4';
import { seedDemoRouting } from './seed-routing';
import { seedDemoRatePlans } from './seed-rates';

export const ROOT_TENANT_SLUG = 'didtron';
export const DEMO_RESELLER = { slug: 'acme', name: 'Acme Voice', domain: 'voice.acme.localhost' } as const;

/** The app's own icon (app/icon.svg), served on every host. */
const ROOT_FAVICON = '/icon.svg';

/** Public, so sandbox-only: every seeded demo account signs in with it. */
export const SANDBOX_PASSWORD = 'didtron-sandbox';

export type SandboxCredential = { tenant: string; role: Role; name: string; email: string; password: string; signInAt: string };

type DemoUser = { role: Role; email: string; name: string; companyName?: string };

const ROOT_USERS: DemoUser[] = [
  { role: 'super_admin', email: 'admin@didtron.localhost', name: 'Platform Admin' },
  { role: 'support', email: 'support@didtron.localhost', name: 'Support Agent' },
  { role: 'billing', email: 'billing@didtron.localhost', name: 'Billing Clerk' },
  { role: 'noc', email: 'noc@didtron.localhost', name: 'NOC Engineer' },
  { role: 'tenant_admin', email: 'tenant-admin@didtron.localhost', name: 'DIDTron Brand Admin' },
  { role: 'customer_admin', email: 'customer-admin@didtron.localhost', name: 'Demo Customer Admin' },
  { role: 'customer_user', email: 'customer-user@didtron.localhost', name: 'Demo Customer User' },
  // Signs in on carrier.<root>, the carrier portal (its own sign-in; lib/auth/portal-access.ts).
  { role: 'carrier_user', email: 'carrier@didtron.localhost', name: 'Demo Carrier', companyName: 'Demo Carrier Ltd' },
];

const RESELLER_USERS: DemoUser[] = [
  { role: 'tenant_admin', email: 'tenant-admin@acme.localhost', name: 'Acme Reseller Admin' },
  { role: 'customer_admin', email: 'customer-admin@acme.localhost', name: 'Acme Customer Admin' },
  { role: 'customer_user', email: 'customer-user@acme.localhost', name: 'Acme Customer User' },
  { role: 'carrier_user', email: 'carrier@acme.localhost', name: 'Acme Carrier', companyName: 'Acme Carrier Co' },
];

/**
 * The sandbox demo accounts (one per role on the root brand, one per tenant role on the demo
 * reseller), for the launcher to print. Sandbox only: production seeds no users.
 */
export function sandboxCredentials(rootDomain = 'localhost', port = 3000): SandboxCredential[] {
  const url = (host: string, path: string) => `http://${host}${rootDomain === 'localhost' ? `:${port}` : ''}${path}`;
  const platform = new Set<Role>(['super_admin', 'support', 'billing', 'noc']);
  return [
    ...ROOT_USERS.map(({ companyName: _company, ...u }) => ({
      tenant: ROOT_TENANT_SLUG,
      ...u,
      password: SANDBOX_PASSWORD,
      signInAt: platform.has(u.role) ? url(`admin.${rootDomain}`, '/') : u.role === 'carrier_user' ? url(`carrier.${rootDomain}`, '/sign-in') : url(`pbx.${rootDomain}`, '/sign-in'),
    })),
    ...RESELLER_USERS.map(({ companyName: _company, ...u }) => ({ tenant: DEMO_RESELLER.slug, ...u, password: SANDBOX_PASSWORD, signInAt: `http://${DEMO_RESELLER.domain}:${port}/auth/sign-in` })),
  ];
}

/** The categories' default modules as category-level portal_module assignments (as in migration 0019). */
function seedCategoryModuleDefaults(rootId: string) {
  return sql`insert into assignments (tenant_id, item_type, item_key, level, target_id, value)
    select ${rootId}::uuid, 'portal_module', m.key, 'category', c.id, '{"enabled": true}'::jsonb
    from customer_categories c cross join lateral unnest(c.default_modules) as m(key)
    on conflict do nothing`;
}

/**
 * A second Enterprise account of the root brand, Initech, for the demo customer user (the customer
 * admin joins Northwind, also Enterprise, in the customers seed): the feature-visibility walkthrough
 * hides a module for the category and gives it back to one of the two. And a demo assignment: Call
 * Center accounts get up to 50 PBX extensions. Only for a user not linked to an account yet, so a
 * restart changes nothing.
 */
async function seedDemoAccounts(tx: SeedTx, rootId: string) {
  const [enterprise] = await tx.select({ id: customerCategoriesTable.id }).from(customerCategoriesTable).where(eq(customerCategoriesTable.slug, 'enterprise'));
  const [callCenter] = await tx.select({ id: customerCategoriesTable.id }).from(customerCategoriesTable).where(eq(customerCategoriesTable.slug, 'call_center'));
  if (!enterprise) return;
  const demo = [
    { email: 'customer-user@didtron.localhost', company: 'Initech', contact: 'Demo Customer User' },
  ];
  for (const d of demo) {
    const [user] = await tx.select({ id: users.id, accountId: users.customerAccountId }).from(users).where(and(eq(users.tenantId, rootId), eq(users.email, d.email)));
    if (!user || user.accountId) continue;
    const [account] = await tx
      .insert(customerAccounts)
      .values({ tenantId: rootId, company: d.company, billingContactName: d.contact, billingEmail: d.email, country: 'US', billingCurrency: 'USD', categoryId: enterprise.id })
      .returning({ id: customerAccounts.id });
    await tx.update(users).set({ customerAccountId: account!.id }).where(eq(users.id, user.id));
  }
  if (callCenter) {
    await tx
      .insert(assignments)
      .values({ tenantId: rootId, itemType: 'pbx_setting', itemKey: 'max_extensions', level: 'category', targetId: callCenter.id, value: { value: 50 } })
      .onConflictDoNothing();
  }
}

type SeedTx = Parameters<Parameters<ReturnType<typeof drizzle>['transaction']>[0]>[0];

/** Inserts the accounts that do not exist yet (verified, onboarded, password hashed as Better Auth does). */
async function seedUsers(tx: SeedTx, tenantId: string, list: DemoUser[], hash: () => Promise<string>) {
  const existing = await tx
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.email, list.map((u) => u.email))));
  const missing = list.filter((u) => !existing.some((e) => e.email === u.email));
  if (!missing.length) return [];
  const password = await hash();
  const created = await tx
    .insert(users)
    .values(missing.map((u) => ({ tenantId, name: u.name, email: u.email, role: u.role, companyName: u.companyName ?? null, emailVerified: true, onboardingState: 'active' as const })))
    .onConflictDoNothing()
    .returning({ id: users.id, email: users.email });
  if (created.length) {
    await tx.insert(authAccounts).values(created.map((u) => ({ tenantId, userId: u.id, accountId: u.id, providerId: 'credential', password })));
  }
  return created.map((c) => c.email);
}

/**
 * Idempotent seed, run as the owner at every start. The root brand always exists; the demo reseller
 * (with a verified *.localhost domain that reaches loopback) and the demo accounts only in sandbox
 * mode. Returns the demo accounts created by this run (none after the first start).
 */
export async function seedDatabase(
  ownerUrl: string,
  opts: { demo: boolean; rootDomain?: string; port?: number },
): Promise<{ createdUsers: SandboxCredential[] }> {
  const createdEmails: string[] = [];
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  const db = drizzle(client);
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.platform', 'on', true)`);
      const createdRoot = await tx
        .insert(tenants)
        .values({
          slug: ROOT_TENANT_SLUG,
          name: 'DIDTron',
          isRoot: true,
          logoUrl: '/brand/didtron.svg',
          faviconUrl: ROOT_FAVICON,
          primaryColor: '#2563EB',
          accentColor: '#0EA5E9',
          supportEmail: 'support@didtron.com',
        })
        .onConflictDoNothing({ target: tenants.slug })
        .returning({ id: tenants.id });
      // A fresh install: the categories' default module sets become category-level assignments,
      // once (the migration did it for installs that had a root brand already). Not at every
      // start: an admin's later change of a category's modules must stay.
      if (createdRoot.length) await tx.execute(seedCategoryModuleDefaults(createdRoot[0]!.id));
      // Earlier seeds pointed the root brand at /favicon.ico, which the app never had (a 404 on
      // every root-brand page); only that exact value is repaired, an edited favicon is kept.
      await tx
        .update(tenants)
        .set({ faviconUrl: ROOT_FAVICON })
        .where(and(eq(tenants.slug, ROOT_TENANT_SLUG), eq(tenants.faviconUrl, '/favicon.ico')));
      if (!opts.demo) return;
      await seedCatalog(tx);
      const [acme] = await tx
        .insert(tenants)
        .values({
          slug: DEMO_RESELLER.slug,
          name: DEMO_RESELLER.name,
          logoUrl: '/brand/acme.svg',
          faviconUrl: '/brand/acme.svg',
          primaryColor: '#B45309',
          accentColor: '#0F766E',
          supportEmail: 'help@acme.example',
          // Its own sender, marked verified as a reseller's would be once its domain passes SPF/DKIM.
          emailFromName: DEMO_RESELLER.name,
          emailFromAddress: 'no-reply@acme.example',
          emailSenderVerified: true,
        })
        .onConflictDoUpdate({ target: tenants.slug, set: { slug: sql`excluded.slug` } })
        .returning({ id: tenants.id });
      await tx
        .insert(tenantDomains)
        .values({
          tenantId: acme!.id,
          domain: DEMO_RESELLER.domain,
          verificationToken: 'didtron-verify=seeded-demo-domain',
          status: 'verified',
          verifiedAt: sql`now()`,
        })
        .onConflictDoNothing({ target: tenantDomains.domain });

      // One hash for every demo account: they share the public sandbox password.
      let hashed: Promise<string> | undefined;
      const hash = () => (hashed ??= hashPassword(SANDBOX_PASSWORD));
      const [root] = await tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, ROOT_TENANT_SLUG));
      createdEmails.push(...(await seedUsers(tx, root!.id, ROOT_USERS, hash)), ...(await seedUsers(tx, acme!.id, RESELLER_USERS, hash)));
      // Before the customers seed, which puts the remaining demo customer users in Northwind.
      await seedDemoAccounts(tx, root!.id);
      await seedDemoCustomers(tx, root!.id, acme!.id);
      await seedDemoCarriers(tx, root!.id, acme!.id);
      await seedDemoRouting(tx, root!.id);
      await seedDemoRatePlans(tx, root!.id);
    });
  } finally {
    await client.end();
  }
  const created = new Set(createdEmails);
  return { createdUsers: sandboxCredentials(opts.rootDomain, opts.port).filter((c) => created.has(c.email)) };
}
