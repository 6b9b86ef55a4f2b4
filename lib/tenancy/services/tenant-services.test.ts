import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { auditEvents, tenantDomains, tenants } from '@/db/schema';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { testCtx, uniqueSlug } from '@/tests/factories';
import { lookupDomain, lookupSlug } from '../host-lookup';
import { addTenantDomain } from './add-tenant-domain';
import { createTenant } from './create-tenant';
import { getTenant } from './get-tenant';
import { listTenantDomains } from './list-tenant-domains';
import { listTenants } from './list-tenants';
import { removeTenantDomain } from './remove-tenant-domain';
import { setTenantStatus } from './set-tenant-status';
import { updateTenant } from './update-tenant';
import { verifyTenantDomain } from './verify-tenant-domain';

const branding = { name: 'Beta Telecom', primaryColor: '#112233', accentColor: '#445566' };

async function problemsOf(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).problems;
}

describe('tenant services', () => {
  it('creates a tenant and records the audit event in the same transaction', async () => {
    const ctx = await testCtx();
    const slug = uniqueSlug('beta');
    const tenant = await createTenant({ ctx, input: { ...branding, slug } });
    expect(tenant).toMatchObject({ slug, name: 'Beta Telecom', status: 'active', isRoot: false });
    expect(tenant.createdAt).toBeInstanceOf(Date);
    const audit = await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, tenant.id), eq(auditEvents.action, 'create'))));
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'tenant', actorRole: 'super_admin', requestId: ctx.requestId, tenantId: tenant.id });
  });

  it('names the field for a taken, reserved or malformed slug and bad colours, and stores nothing', async () => {
    const ctx = await testCtx();
    expect(await problemsOf(createTenant({ ctx, input: { ...branding, slug: 'acme' } }))).toEqual([{ path: 'slug', message: '"acme" is already used by another tenant' }]);
    const reserved = await createTenant({ ctx, input: { ...branding, slug: 'admin' } }).catch((e: unknown) => e);
    expect(String(reserved)).toContain('reserved');
    const bad = await createTenant({ ctx, input: { ...branding, slug: 'Bad Slug!', primaryColor: 'blue' } }).catch((e: unknown) => e);
    expect(String(bad)).toMatch(/slug/);
    expect(String(bad)).toMatch(/primaryColor/);
    const [{ count }] = await withPlatform((tx) => tx.execute<{ count: string }>(`select count(*)::text as count from tenants where slug in ('admin', 'bad slug!')` as never)) as unknown as [{ count: string }];
    expect(count).toBe('0');
  });

  it('refuses writes to roles without tenants.write, before touching data', async () => {
    const support = await testCtx('support');
    await expect(createTenant({ ctx: support, input: { ...branding, slug: uniqueSlug() } })).rejects.toBeInstanceOf(ForbiddenError);
    const customer = await testCtx('customer_user', 'acme');
    await expect(listTenants({ ctx: customer, input: new URLSearchParams() })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('updates branding with before/after audit, and 404s an unknown id', async () => {
    const ctx = await testCtx();
    const tenant = await createTenant({ ctx, input: { ...branding, slug: uniqueSlug() } });
    const updated = await updateTenant({ ctx, input: { id: tenant.id, primaryColor: '#ABCDEF' } });
    expect(updated.primaryColor).toBe('#ABCDEF');
    expect(updated.updatedAt.getTime()).toBeGreaterThanOrEqual(tenant.updatedAt.getTime());
    const [audit] = await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, tenant.id), eq(auditEvents.action, 'update'))));
    expect((audit!.before as { primaryColor: string }).primaryColor).toBe('#112233');
    expect((audit!.after as { primaryColor: string }).primaryColor).toBe('#ABCDEF');
    await expect(updateTenant({ ctx, input: { id: crypto.randomUUID(), name: 'Nope' } })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('stores the email sender, and refuses hostile sender names and addresses with a named field (never a 500)', async () => {
    const ctx = await testCtx();
    const tenant = await createTenant({ ctx, input: { ...branding, slug: uniqueSlug('sender') } });
    expect(tenant).toMatchObject({ emailFromName: null, emailFromAddress: null, emailSenderVerified: false });
    const saved = await updateTenant({ ctx, input: { id: tenant.id, emailFromName: 'Beta Support 🚀', emailFromAddress: 'No-Reply@Beta.example', emailSenderVerified: true } });
    expect(saved).toMatchObject({ emailFromName: 'Beta Support 🚀', emailFromAddress: 'no-reply@beta.example', emailSenderVerified: true });
    for (const emailFromName of ['Beta\r\nBcc: x@y.example', '"Beta" <ceo@bank.example>', 'Back\\slash', 'x'.repeat(71), 'Nul\u0000']) {
      expect((await problemsOf(updateTenant({ ctx, input: { id: tenant.id, emailFromName } }))).map((p) => p.path)).toContain('emailFromName');
    }
    for (const emailFromAddress of ['not an address', 'a@b.example>\r\nBcc: x@y.example', `${'a'.repeat(250)}@b.example`]) {
      expect((await problemsOf(updateTenant({ ctx, input: { id: tenant.id, emailFromAddress } }))).map((p) => p.path)).toContain('emailFromAddress');
    }
    expect((await problemsOf(updateTenant({ ctx, input: { id: tenant.id, emailSenderVerified: 'yes' as never } }))).map((p) => p.path)).toContain('emailSenderVerified');
    // Blank form fields clear the sender (back to the brand name and the platform's reseller address).
    expect(await updateTenant({ ctx, input: { id: tenant.id, emailFromName: '', emailFromAddress: '' } })).toMatchObject({ emailFromName: null, emailFromAddress: null });
  });

  it('keeps a hostile sender out of the table even past the service (database checks)', async () => {
    const ctx = await testCtx();
    const tenant = await createTenant({ ctx, input: { ...branding, slug: uniqueSlug('senderdb') } });
    await expect(withPlatform((tx) => tx.update(tenants).set({ emailFromName: 'a<b>' }).where(eq(tenants.id, tenant.id)))).rejects.toMatchObject({ cause: { constraint_name: 'tenants_email_from_name_safe' } });
    await expect(withPlatform((tx) => tx.update(tenants).set({ emailFromName: 'a\nb' }).where(eq(tenants.id, tenant.id)))).rejects.toMatchObject({ cause: { constraint_name: 'tenants_email_from_name_safe' } });
    await expect(withPlatform((tx) => tx.update(tenants).set({ emailFromName: 'back\\slash' }).where(eq(tenants.id, tenant.id)))).rejects.toMatchObject({ cause: { constraint_name: 'tenants_email_from_name_safe' } });
    await expect(withPlatform((tx) => tx.update(tenants).set({ emailFromAddress: 'a@b.example\r\n' }).where(eq(tenants.id, tenant.id)))).rejects.toMatchObject({ cause: { constraint_name: 'tenants_email_from_address_format' } });
  });

  it('lists with search, filter and keyset paging', async () => {
    const ctx = await testCtx();
    const prefix = uniqueSlug('list');
    for (let i = 0; i < 3; i++) await createTenant({ ctx, input: { ...branding, name: `${prefix} ${i}`, slug: `${prefix}-${i}` } });
    const first = await listTenants({ ctx, input: new URLSearchParams({ q: prefix, limit: '2', sort: 'slug' }) });
    expect(first.items.map((t) => t.slug)).toEqual([`${prefix}-0`, `${prefix}-1`]);
    const second = await listTenants({ ctx, input: new URLSearchParams({ q: prefix, limit: '2', sort: 'slug', cursor: first.pageInfo.nextCursor! }) });
    expect(second.items.map((t) => t.slug)).toEqual([`${prefix}-2`]);
    expect(second.pageInfo.nextCursor).toBeNull();
    await expect(listTenants({ ctx, input: new URLSearchParams({ status: 'deleted' }) })).rejects.toBeInstanceOf(ValidationError);
  });

  it('cannot suspend the root brand; a suspended reseller stops resolving', async () => {
    const ctx = await testCtx();
    const root = await lookupSlug('didtron');
    await expect(setTenantStatus({ ctx, input: { id: root!.tenantId, status: 'suspended' } })).rejects.toBeInstanceOf(ValidationError);
    const tenant = await createTenant({ ctx, input: { ...branding, slug: uniqueSlug() } });
    expect(await lookupSlug(tenant.slug)).not.toBeNull();
    await setTenantStatus({ ctx, input: { id: tenant.id, status: 'suspended' } });
    expect(await lookupSlug(tenant.slug)).toBeNull();
  });
});

describe('custom domains', () => {
  it('adds pending, verifies a .localhost domain in sandbox, resolves it, then stops resolving when removed', async () => {
    const ctx = await testCtx();
    const tenant = await createTenant({ ctx, input: { ...branding, slug: uniqueSlug() } });
    const domain = `portal.${tenant.slug}.localhost`;
    const added = await addTenantDomain({ ctx, input: { tenantId: tenant.id, domain: `  ${domain.toUpperCase()}. ` } });
    expect(added).toMatchObject({ domain, status: 'pending' });
    expect(added.verificationToken).toMatch(/^didtron-verify=[0-9a-f]{32}$/);
    expect(await lookupDomain(domain)).toBeNull(); // pending serves nothing

    await verifyTenantDomain({ ctx, input: { tenantId: tenant.id, domainId: added.id } });
    expect(await lookupDomain(domain)).toEqual({ tenantId: tenant.id, slug: tenant.slug });

    const listed = await listTenantDomains({ ctx, input: new URLSearchParams({ tenantId: tenant.id }) });
    expect(listed.items).toEqual([expect.objectContaining({ domain, status: 'verified', tenantName: 'Beta Telecom' })]);

    await removeTenantDomain({ ctx, input: { tenantId: tenant.id, domainId: added.id } });
    expect(await lookupDomain(domain)).toBeNull();
    await expect(getTenant({ ctx, input: { id: tenant.id } })).resolves.toMatchObject({ domains: [] });
  });

  // Verification of real domains through DNS (the fake DNS server): verify-tenant-domain.test.ts.

  it('refuses platform hosts, IPs, duplicates and another tenant’s domain id', async () => {
    const ctx = await testCtx();
    const tenant = await createTenant({ ctx, input: { ...branding, slug: uniqueSlug() } });
    for (const domain of ['admin.localhost', 'localhost', '127.0.0.1', 'not a domain', 'voice.acme.localhost']) {
      const problems = await problemsOf(addTenantDomain({ ctx, input: { tenantId: tenant.id, domain } }));
      expect(problems[0]!.path).toBe('domain');
    }
    const [acmeDomain] = await withPlatform((tx) => tx.select().from(tenantDomains).where(eq(tenantDomains.domain, 'voice.acme.localhost')));
    await expect(removeTenantDomain({ ctx, input: { tenantId: tenant.id, domainId: acmeDomain!.id } })).rejects.toBeInstanceOf(NotFoundError);
    expect(await lookupDomain('voice.acme.localhost')).not.toBeNull();
  });

  it('clears the host cache of other processes through NOTIFY', async () => {
    const ctx = await testCtx();
    const tenant = await createTenant({ ctx, input: { ...branding, slug: uniqueSlug() } });
    const domain = `notify.${tenant.slug}.localhost`;
    expect(await lookupDomain(domain)).toBeNull(); // cached negative answer
    // Another process verifies the domain directly in the database (no in-process cache clearing).
    await withPlatform((tx) => tx.insert(tenantDomains).values({ tenantId: tenant.id, domain, verificationToken: 'x', status: 'verified' }));
    await expect.poll(() => lookupDomain(domain), { timeout: 5_000 }).toEqual({ tenantId: tenant.id, slug: tenant.slug });
  });
});

// Tables are checked for existence so that the file fails loudly if the schema drifts.
it('has the expected tables', async () => {
  const [row] = await withPlatform((tx) => tx.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, 'didtron')));
  expect(row?.id).toBeTruthy();
});
