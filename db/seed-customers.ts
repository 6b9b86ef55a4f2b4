import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { drizzle } from 'drizzle-orm/postgres-js';
import { customerAccounts, customerCategoriesTable, customerGroups, users } from './schema';

type SeedTx = Parameters<Parameters<ReturnType<typeof drizzle>['transaction']>[0]>[0];

/** Admin segments inside the seeded categories (category slug -> group names). */
const DEMO_GROUPS: Record<string, string[]> = {
  sip_trunk: ['Wholesale carriers', 'PBX integrators'],
  enterprise: ['Key accounts', 'Mid-market'],
  call_center: ['Outbound BPO'],
  individual: ['Self-serve'],
};

type DemoAccount = {
  company: string;
  contact: string;
  email: string;
  country: string;
  currency: string;
  model: 'prepaid' | 'postpaid';
  creditLimitMinor?: number;
  category: string;
  group?: string;
  status?: 'active' | 'suspended';
  /** The demo customer users (db/seed.ts) of this brand belong to this account. */
  members?: boolean;
};

const ROOT_ACCOUNTS: DemoAccount[] = [
  { company: 'Northwind Traders Ltd', contact: 'Nancy Davolio', email: 'accounts@northwind.example', country: 'GB', currency: 'GBP', model: 'postpaid', creditLimitMinor: 500_000, category: 'enterprise', group: 'Key accounts', members: true },
  { company: 'Blue Harbor Telecom', contact: 'Marco Rossi', email: 'billing@blueharbor.example', country: 'IT', currency: 'EUR', model: 'postpaid', creditLimitMinor: 2_000_000, category: 'sip_trunk', group: 'Wholesale carriers' },
  { company: 'Summit PBX Solutions', contact: 'Jana Novak', email: 'finance@summitpbx.example', country: 'DE', currency: 'EUR', model: 'prepaid', category: 'sip_trunk', group: 'PBX integrators' },
  { company: 'Helios Contact Centre', contact: 'Priya Raman', email: 'ap@helios-cc.example', country: 'IE', currency: 'EUR', model: 'postpaid', creditLimitMinor: 1_500_000, category: 'call_center', group: 'Outbound BPO' },
  { company: 'Cobalt Legal LLP', contact: 'Samuel Okafor', email: 'office@cobaltlegal.example', country: 'US', currency: 'USD', model: 'prepaid', category: 'enterprise', group: 'Mid-market', status: 'suspended' },
  { company: 'Léa Martin (freelance)', contact: 'Léa Martin', email: 'lea.martin@mail.example', country: 'FR', currency: 'EUR', model: 'prepaid', category: 'individual', group: 'Self-serve' },
];

const ACME_ACCOUNTS: DemoAccount[] = [
  { company: 'Redwood Dental Group', contact: 'Olivia Chen', email: 'billing@redwooddental.example', country: 'US', currency: 'USD', model: 'prepaid', category: 'enterprise', group: 'Mid-market', members: true },
  { company: 'Atlas Freight Forwarding', contact: 'Hendrik de Vries', email: 'finance@atlasfreight.example', country: 'NL', currency: 'EUR', model: 'postpaid', creditLimitMinor: 300_000, category: 'enterprise', group: 'Key accounts' },
  { company: 'Pioneer Dialer Services', contact: 'Ana Souza', email: 'contas@pioneerdialer.example', country: 'ES', currency: 'EUR', model: 'prepaid', category: 'call_center' },
];

/**
 * Demo customer accounts for the root brand and Acme Voice across the categories and groups, and
 * the demo customer users placed in one account per brand. Idempotent: groups and accounts are
 * found by name before insert; a user already in an account is left there.
 */
export async function seedDemoCustomers(tx: SeedTx, rootId: string, acmeId: string): Promise<void> {
  const categories = await tx.select({ id: customerCategoriesTable.id, slug: customerCategoriesTable.slug }).from(customerCategoriesTable);
  const categoryId = (slug: string) => categories.find((c) => c.slug === slug)?.id;
  for (const [slug, names] of Object.entries(DEMO_GROUPS)) {
    const id = categoryId(slug);
    if (!id) continue;
    for (const name of names) await tx.insert(customerGroups).values({ categoryId: id, name }).onConflictDoNothing();
  }
  const groups = await tx.select({ id: customerGroups.id, name: customerGroups.name, categoryId: customerGroups.categoryId }).from(customerGroups);

  for (const [tenantId, list] of [
    [rootId, ROOT_ACCOUNTS],
    [acmeId, ACME_ACCOUNTS],
  ] as const) {
    const existing = await tx
      .select({ id: customerAccounts.id, company: customerAccounts.company })
      .from(customerAccounts)
      .where(and(eq(customerAccounts.tenantId, tenantId), inArray(customerAccounts.company, list.map((a) => a.company))));
    for (const a of list) {
      const catId = categoryId(a.category);
      if (!catId) continue;
      let id = existing.find((e) => e.company === a.company)?.id;
      if (!id) {
        const group = a.group ? groups.find((g) => g.name === a.group && g.categoryId === catId) : undefined;
        const [row] = await tx
          .insert(customerAccounts)
          .values({
            tenantId,
            company: a.company,
            billingContactName: a.contact,
            billingEmail: a.email,
            country: a.country,
            billingCurrency: a.currency,
            billingModel: a.model,
            creditLimitMinor: a.model === 'postpaid' ? (a.creditLimitMinor ?? 0) : null,
            status: a.status ?? 'active',
            statusReason: a.status === 'suspended' ? 'Demo: overdue invoice' : null,
            statusChangedAt: a.status === 'suspended' ? new Date() : null,
            categoryId: catId,
            groupId: group?.id ?? null,
          })
          .returning({ id: customerAccounts.id });
        id = row!.id;
      }
      if (a.members) {
        await tx
          .update(users)
          .set({ customerAccountId: id, companyName: a.company, customerCategory: a.category as never, billingCurrency: a.currency })
          .where(and(eq(users.tenantId, tenantId), inArray(users.role, ['customer_admin', 'customer_user']), isNull(users.customerAccountId)));
      }
    }
  }
}
