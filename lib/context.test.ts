import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { auditEvents, tenants, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { listAuditEvents } from '@/lib/audit/services/list-audit-events';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { addTenantDomain } from '@/lib/tenancy/services/add-tenant-domain';
import { createTenant } from '@/lib/tenancy/services/create-tenant';
import { inviteUser } from '@/lib/users/services/invite-user';
import { testCtx, uniqueSlug } from '@/tests/factories';
import { assertPermission, platformTx, systemCtx, tenantTx } from './context';

const branding = { name: 'Composed Telecom', primaryColor: '#112233', accentColor: '#445566' };
const tenantBySlug = async (slug: string) => (await withPlatform((tx) => tx.select().from(tenants).where(eq(tenants.slug, slug))))[0];
const auditOf = (ids: string[]) => withPlatform((tx) => tx.select().from(auditEvents).where(inArray(auditEvents.entityId, ids)));

describe('services compose in one transaction (ctx.db)', () => {
  it('rolls back the first service when the second, called in its transaction, fails', async () => {
    const ctx = await testCtx();
    const slug = uniqueSlug('composed');
    let createdId: string | undefined;
    const failed = platformTx(ctx, async (_tx, ctx) => {
      const tenant = await createTenant({ ctx, input: { ...branding, slug } });
      createdId = tenant.id;
      // Another domain's service, in the same transaction: platform roles exist only on the root tenant.
      await inviteUser({ ctx, input: { tenantId: tenant.id, name: 'Nobody', email: `${slug}@example.com`, role: 'super_admin' } });
    });
    await expect(failed).rejects.toBeInstanceOf(ValidationError);
    expect(createdId).toBeDefined();
    // The tenant and its audit event, written by the first service, are gone with the second's failure.
    expect(await tenantBySlug(slug)).toBeUndefined();
    expect(await auditOf([createdId!])).toEqual([]);
  });

  it('commits both services together: one transaction, so one transaction time', async () => {
    const ctx = await testCtx();
    const slug = uniqueSlug('composed');
    const { tenant, domain } = await platformTx(ctx, async (_tx, ctx) => {
      const tenant = await createTenant({ ctx, input: { ...branding, slug } });
      const domain = await addTenantDomain({ ctx, input: { tenantId: tenant.id, domain: `${slug}.example.com` } });
      return { tenant, domain };
    });
    const events = await auditOf([tenant.id, domain.id]);
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'create']);
    // now() is the transaction's start time: equal times mean the second service joined the first's transaction.
    expect(events[0]!.occurredAt.getTime()).toBe(events[1]!.occurredAt.getTime());
  });

  it('a tenant service called inside a platform transaction sees only its tenant, and the platform scope returns after it', async () => {
    const ctx = await testCtx();
    const acme = (await lookupSlug('acme'))!.tenantId;
    const seen = await platformTx(ctx, async (tx, ctx) => {
      const inner = await tenantTx(ctx, acme, async (tx) => tx.selectDistinct({ tenantId: users.tenantId }).from(users));
      const after = await tx.selectDistinct({ tenantId: users.tenantId }).from(users);
      return { inner, after };
    });
    expect(seen.inner).toEqual([{ tenantId: acme }]);
    expect(seen.after.length).toBeGreaterThan(1);
  });

  it('joins the caller’s transaction also when the caller passed its outer ctx on', async () => {
    const ctx = await testCtx();
    const slug = uniqueSlug('composed');
    await expect(
      platformTx(ctx, async () => {
        await createTenant({ ctx, input: { ...branding, slug } });
        throw new Error('the caller fails after the nested service');
      }),
    ).rejects.toThrow('the caller fails');
    expect(await tenantBySlug(slug)).toBeUndefined();
  });

  it('a ctx (or a timer) that outlived its transaction opens a new one instead of joining the ended one', async () => {
    const ctx = await testCtx();
    const slug = uniqueSlug('composed');
    const { escaped, later } = await platformTx(ctx, async (_tx, inner) => ({
      escaped: inner,
      // Scheduled inside the transaction, run after its commit: the async context still names it.
      later: new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => createTenant({ ctx, input: { ...branding, slug: `${slug}-t` } })),
    }));
    await createTenant({ ctx: escaped, input: { ...branding, slug } });
    await later;
    expect(await tenantBySlug(slug)).toBeDefined();
    expect(await tenantBySlug(`${slug}-t`)).toBeDefined();
  });
});

describe('the system actor', () => {
  it('has its own permission set: a job may do its work and nothing else', () => {
    expect(() => assertPermission(systemCtx('demo-jobs'), 'jobs.write')).not.toThrow();
    expect(() => assertPermission(systemCtx('demo-jobs'), 'users.write')).toThrow(ForbiddenError);
    expect(() => assertPermission(systemCtx('cdr-sync'), 'tenants.write')).toThrow(ForbiddenError);
  });

  it('is recorded in the audit log by kind and name, on the root tenant unless it names one', async () => {
    const root = (await lookupSlug('didtron'))!.tenantId;
    const acme = (await lookupSlug('acme'))!.tenantId;
    const id = uniqueSlug('sys');
    await platformTx(systemCtx('monitoring'), (tx, ctx) => recordAudit(tx, ctx, { entity: 'alert', entityId: id, action: 'resolve' }));
    await platformTx(systemCtx('cdr-sync', acme), (tx, ctx) => recordAudit(tx, ctx, { entity: 'alert', entityId: id, action: 'acknowledge' }));
    const events = await auditOf([id]);
    expect(events.map(({ actorKind, actorName, actorId, actorRole, tenantId }) => ({ actorKind, actorName, actorId, actorRole, tenantId }))).toEqual(
      expect.arrayContaining([
        { actorKind: 'system', actorName: 'monitoring', actorId: null, actorRole: 'system', tenantId: root },
        { actorKind: 'system', actorName: 'cdr-sync', actorId: null, actorRole: 'system', tenantId: acme },
      ]),
    );
    expect(events).toHaveLength(2);
    // The audit log's API names them too.
    const page = await listAuditEvents({ ctx: await testCtx(), input: new URLSearchParams({ q: id }) });
    expect(page.items.map((e) => [e.actorKind, e.systemActor, e.actorId]).sort()).toEqual([
      ['system', 'cdr-sync', null],
      ['system', 'monitoring', null],
    ]);
  });

  it('the database refuses an audit event without an actor name for a system actor, or a user event with one', async () => {
    const root = (await lookupSlug('didtron'))!.tenantId;
    const insert = (values: Partial<typeof auditEvents.$inferInsert>) =>
      withPlatform((tx) => tx.insert(auditEvents).values({ tenantId: root, actorRole: 'system', entity: 'job', entityId: '1', action: 'start', ...values }));
    await expect(insert({ actorKind: 'system' })).rejects.toThrow();
    await expect(insert({ actorKind: 'user', actorName: 'cdr-sync' })).rejects.toThrow();
    const [{ n }] = (await withPlatform((tx) => tx.execute(sql`select count(*)::int as n from audit_events where actor_kind = 'system' and actor_name is null`))) as unknown as [{ n: number }];
    expect(n).toBe(0);
  });
});

