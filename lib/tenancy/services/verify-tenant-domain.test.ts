import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { auditEvents, webhookEvents } from '@/db/schema';
import { startFakeDns, type FakeDns } from '@/fakes/dns/server';
import { config } from '@/lib/config';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { testCtx, uniqueSlug } from '@/tests/factories';
import { lookupDomain } from '../host-lookup';
import { addTenantDomain } from './add-tenant-domain';
import { createTenant } from './create-tenant';
import { publishSandboxDnsRecord } from './publish-sandbox-dns-record';
import { judgeVerification, verifyTenantDomain } from './verify-tenant-domain';

let dns: FakeDns;

beforeAll(async () => {
  dns = await startFakeDns({ port: 0 });
  // Before anything parses the configuration (once per process): verification asks this server.
  process.env.DNS_RESOLVER = dns.server;
});
afterAll(() => dns.close());

async function newDomain() {
  const ctx = await testCtx();
  const tenant = await createTenant({ ctx, input: { name: 'Gamma Voice', slug: uniqueSlug('gamma'), primaryColor: '#112233', accentColor: '#445566' } });
  const domain = await addTenantDomain({ ctx, input: { tenantId: tenant.id, domain: `voice.${tenant.slug}.example.com` } });
  return { ctx, tenant, domain, input: { tenantId: tenant.id, domainId: domain.id } };
}

async function auditActions(domainId: string) {
  const rows = await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entity, 'tenant_domain'), eq(auditEvents.entityId, domainId))));
  return rows.map((r) => r.action).sort();
}

describe('custom-domain verification through DNS', () => {
  it('verifies a real domain once the sandbox publishes its TXT record on the fake DNS server, and it then serves', async () => {
    expect(config().dnsServers).toEqual([dns.server]);
    const { ctx, tenant, domain, input } = await newDomain();
    const record = await publishSandboxDnsRecord({ ctx, input });
    expect(record).toEqual({ name: `_didtron.${domain.domain}`, type: 'TXT', value: domain.verificationToken });

    const result = await verifyTenantDomain({ ctx, input });
    expect(result).toMatchObject({ status: 'verified', verification: { ok: true, checked: true } });
    expect(result.verifiedAt).toBeInstanceOf(Date);
    expect(result.verification.message).toBe(`_didtron.${domain.domain} holds the verification token.`);
    expect(await lookupDomain(domain.domain)).toEqual({ tenantId: tenant.id, slug: tenant.slug });
    expect(await auditActions(domain.id)).toEqual(['create', 'sandbox.dns_publish', 'verify']);
    // The webhook outbox got the event in the same transaction (lib/webhooks).
    const events = await withPlatform((tx) => tx.select().from(webhookEvents).where(eq(webhookEvents.tenantId, tenant.id)));
    expect(events.map((e) => [e.type, e.payload])).toEqual([['tenant.domain.verified', { domainId: domain.id, domain: domain.domain }]]);
  });

  it('fails without the record, saying where to publish what', async () => {
    const { ctx, domain, input } = await newDomain();
    const result = await verifyTenantDomain({ ctx, input });
    expect(result).toMatchObject({ status: 'failed', verification: { ok: false, checked: true } });
    expect(result.verification.message).toBe(
      `No TXT record found at _didtron.${domain.domain}. Publish a TXT record there with the value ${domain.verificationToken}, then verify again (DNS changes can take a few minutes to appear).`,
    );
    expect(await lookupDomain(domain.domain)).toBeNull();
    const [audit] = await withPlatform((tx) => tx.select().from(auditEvents).where(and(eq(auditEvents.entityId, domain.id), eq(auditEvents.action, 'verify.failed'))));
    expect((audit!.after as { reason: string }).reason).toBe(result.verification.message);
  });

  it('fails on a wrong record, naming what DNS holds and what was expected', async () => {
    const { ctx, domain, input } = await newDomain();
    await fetch(`${dns.origin}/__fake/records`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: `_didtron.${domain.domain}`, type: 'TXT', values: ['didtron-verify=0000', 'v=spf1 -all'] }),
    });
    const result = await verifyTenantDomain({ ctx, input });
    expect(result.status).toBe('failed');
    expect(result.verification.message).toMatch(new RegExp(`^_didtron\\.${domain.domain.replace(/\./g, '\\.')} has the TXT records `));
    expect(result.verification.message).toContain('"didtron-verify=0000"');
    expect(result.verification.message).toContain('"v=spf1 -all"');
    expect(result.verification.message).toContain(`but not the expected value ${domain.verificationToken}.`);
  });

  it('refuses the publish action without tenants.write, for another tenant’s domain id, and outside sandbox', async () => {
    const { domain, input } = await newDomain();
    const support = await testCtx('support');
    await expect(publishSandboxDnsRecord({ ctx: support, input })).rejects.toBeInstanceOf(ForbiddenError);
    const other = await newDomain();
    await expect(publishSandboxDnsRecord({ ctx: other.ctx, input: { tenantId: other.tenant.id, domainId: domain.id } })).rejects.toBeInstanceOf(NotFoundError);
    const cfg = config();
    cfg.isSandbox = false;
    try {
      await expect(publishSandboxDnsRecord({ ctx: other.ctx, input })).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      cfg.isSandbox = true;
    }
    const listed = (await (await fetch(`${dns.origin}/__fake/records`)).json()) as { records: Array<{ name: string }> };
    expect(listed.records.map((r) => r.name)).not.toContain(`_didtron.${domain.domain}`);
  });

  it('keeps the status when DNS cannot answer, and says so', async () => {
    const { ctx, domain, input } = await newDomain();
    await publishSandboxDnsRecord({ ctx, input });
    await verifyTenantDomain({ ctx, input });
    await dns.close(); // the resolver is gone: a lookup error, not a missing record
    const result = await verifyTenantDomain({ ctx, input });
    expect(result).toMatchObject({ status: 'verified', verification: { ok: false, checked: false } });
    expect(result.verification.message).toMatch(new RegExp(`^The DNS lookup of _didtron\\.${domain.domain.replace(/\./g, '\\.')} failed \\(E[A-Z]+\\); nothing was checked`));
    expect(await lookupDomain(domain.domain)).not.toBeNull();
    await expect(publishSandboxDnsRecord({ ctx, input })).rejects.toMatchObject({ status: 503, code: 'fake_dns_unreachable' });
  });
});

describe('judgeVerification', () => {
  it('shows hostile record text printable and short', () => {
    const outcome = judgeVerification('_didtron.x.example', 'tok', { kind: 'found', records: [`evil\u0000\u001b[31m${'y'.repeat(200)}`, 'a', 'b', 'c'] });
    expect(outcome.ok).toBe(false);
    expect(outcome.message).not.toMatch(/[\u0000-\u001f]/);
    expect(outcome.message).toContain('"evil??[31m');
    expect(outcome.message).toContain('…"');
    expect(outcome.message).toContain('and 1 more');
  });
});
