import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { ForbiddenError } from '@/lib/errors';
import { startFakesForTests, staffCtx } from '@/tests/support/integrations';
import { flushIntegrationCalls } from '../wrapper';
import { listIntegrationHealth } from './list-integration-health';
import { testIntegrationConnection } from './test-integration-connection';

// R2 points at a working fake; Brevo at a fake that does not accept this key, so one connection
// test passes and the other fails.
const WRONG_BREVO_KEY = 'xkeysib-not-accepted-by-the-fake-0001';
let fakes: Awaited<ReturnType<typeof startFakesForTests>>;

beforeAll(async () => {
  fakes = await startFakesForTests({ BREVO_API_KEY: WRONG_BREVO_KEY });
});

afterAll(async () => {
  await flushIntegrationCalls();
  await fakes?.stop();
});

async function auditFor(requestId: string) {
  return withPlatform((tx) =>
    tx
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.requestId, requestId), eq(auditEvents.entity, 'integration'))),
  );
}

describe('listIntegrationHealth', () => {
  it('lists every registered integration with its configuration and fake status', async () => {
    const ctx = await staffCtx('super_admin');
    const health = await listIntegrationHealth({ ctx });
    expect(health.map((h) => h.key)).toEqual(expect.arrayContaining(['r2', 'brevo']));
    for (const h of health.filter((x) => x.key === 'r2' || x.key === 'brevo')) {
      expect(h).toMatchObject({ configured: true, usesFake: true });
    }
  });

  it('is allowed to support staff (integrations.read)', async () => {
    await expect(listIntegrationHealth({ ctx: await staffCtx('support') })).resolves.toBeInstanceOf(Array);
  });

  it('refuses a role without integrations.read', async () => {
    await expect(listIntegrationHealth({ ctx: await staffCtx('billing') })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(listIntegrationHealth({ ctx: await staffCtx('tenant_admin') })).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('testIntegrationConnection', () => {
  it('runs the R2 connection test through the wrapper and audits it', async () => {
    const ctx = await staffCtx('super_admin');
    const before = new Date();
    const result = await testIntegrationConnection({ ctx, input: { integration: 'r2' } });
    expect(result).toMatchObject({ integration: 'r2', ok: true, error: null, usesFake: true });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);

    const [event, ...more] = await auditFor(ctx.requestId);
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({
      entityId: 'r2',
      action: 'test_connection',
      actorId: ctx.actor.userId,
      actorRole: 'super_admin',
      tenantId: ctx.actor.tenantId,
      after: { integration: 'r2', ok: true, error: null },
    });

    await flushIntegrationCalls();
    const r2 = (await listIntegrationHealth({ ctx })).find((h) => h.key === 'r2')!;
    // Other test files share the database, so only "at or after our call" is asserted, not exact figures.
    expect(r2.lastSuccessAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(r2.calls).toBeGreaterThanOrEqual(1);
  });

  it('reports a failed test (Brevo refuses the key) without throwing, redacted, and audits it too', async () => {
    const ctx = await staffCtx('noc');
    const before = new Date();
    const result = await testIntegrationConnection({ ctx, input: { integration: 'brevo' } });
    expect(result.ok).toBe(false);
    expect(result.error).toContain('unauthorized');
    expect(result.error).not.toContain(WRONG_BREVO_KEY);

    const [event] = await auditFor(ctx.requestId);
    expect(event).toMatchObject({ entityId: 'brevo', action: 'test_connection', after: { ok: false, error: result.error } });
    expect(JSON.stringify(event)).not.toContain(WRONG_BREVO_KEY);

    await flushIntegrationCalls();
    const brevo = (await listIntegrationHealth({ ctx })).find((h) => h.key === 'brevo')!;
    expect(brevo.lastFailureAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(brevo.failures).toBeGreaterThanOrEqual(1);
  });

  it('refuses a role without integrations.write, before calling anything', async () => {
    const ctx = await staffCtx('support');
    await expect(testIntegrationConnection({ ctx, input: { integration: 'r2' } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await auditFor(ctx.requestId)).toHaveLength(0);
  });

  it('rejects an unknown integration name', async () => {
    const ctx = await staffCtx('super_admin');
    await expect(testIntegrationConnection({ ctx, input: { integration: 'nope' } })).rejects.toThrow();
    expect(await auditFor(ctx.requestId)).toHaveLength(0);
  });
});
