import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { tenantDomains, tenants } from './schema';

export const ROOT_TENANT_SLUG = 'didtron';
export const DEMO_RESELLER = { slug: 'acme', name: 'Acme Voice', domain: 'voice.acme.localhost' } as const;

/**
 * Idempotent seed, run as the owner at every start. The root brand always exists; the demo reseller
 * (with a verified *.localhost domain that reaches loopback) only in sandbox mode.
 */
export async function seedDatabase(ownerUrl: string, opts: { demo: boolean }): Promise<void> {
  const client = postgres(ownerUrl, { max: 1, onnotice: () => {} });
  const db = drizzle(client);
  try {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('app.platform', 'on', true)`);
      await tx
        .insert(tenants)
        .values({
          slug: ROOT_TENANT_SLUG,
          name: 'DIDTron',
          isRoot: true,
          logoUrl: '/brand/didtron.svg',
          faviconUrl: '/favicon.ico',
          primaryColor: '#2563EB',
          accentColor: '#0EA5E9',
          supportEmail: 'support@didtron.com',
        })
        .onConflictDoNothing({ target: tenants.slug });
      if (!opts.demo) return;
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
    });
  } finally {
    await client.end();
  }
}
