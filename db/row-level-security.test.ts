import { describe, expect, it } from 'vitest';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { sqlClient } from './client';

/*
 * Row-level security as the app role sees it on the raw connection, below every Drizzle handle
 * (moved here from lib/tenancy/services/tenant-services.test.ts: only db/ touches the raw client).
 */
describe('row-level security', () => {
  it('shows the app role no tenant rows without a tenant, and only its own with one', async () => {
    const sql = sqlClient();
    expect(await sql`select id from tenants`).toHaveLength(0);
    expect(await sql`select id from tenant_domains`).toHaveLength(0);
    const acme = await lookupSlug('acme');
    const rows = await sql.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${acme!.tenantId}, true)`;
      return tx<{ slug: string }[]>`select slug from tenants`;
    });
    expect(rows.map((r) => r.slug)).toEqual(['acme']);
  });

  it('refuses a write into another tenant and any change to the audit trail', async () => {
    const sql = sqlClient();
    const acme = await lookupSlug('acme');
    const root = await lookupSlug('didtron');
    const insertForeign = sql.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${acme!.tenantId}, true)`;
      await tx`insert into tenant_domains (tenant_id, domain, verification_token) values (${root!.tenantId}, 'x.example.com', 't')`;
    });
    await expect(insertForeign).rejects.toThrow(/row-level security/);
    await expect(sql`update audit_events set action = 'tampered'`).rejects.toThrow(/permission denied/);
    await expect(sql`delete from audit_events`).rejects.toThrow(/permission denied/);
  });

  it('never lets the tenant setting leak to the next transaction on a pooled connection', async () => {
    const sql = sqlClient();
    const acme = await lookupSlug('acme');
    await sql.begin(async (tx) => {
      await tx`select set_config('app.tenant_id', ${acme!.tenantId}, true)`;
    });
    const seen = await Promise.all(Array.from({ length: 20 }, () => sql`select count(*)::int as n from tenants`));
    expect(seen.every((r) => r[0]!.n === 0)).toBe(true);
  });
});
