// Helpers for this folder's tests only (not a test file itself).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, gte } from 'drizzle-orm';
import { withPlatform } from '@/db/client';
import { integrationCalls, tenants } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import { startFakes, type StartedFakes } from '@/fakes/start-fakes';
import { infraDb } from '@/db/client';
import { flushIntegrationCalls } from '@/lib/integrations/wrapper';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `didtron-${prefix}-`));
}

/**
 * Starts the fakes on free ports and points this process's configuration at them. Must run before
 * anything reads config() (it is parsed once per process).
 */
export async function startFakesForTests(overrides: Record<string, string> = {}): Promise<StartedFakes & { stop: () => Promise<void> }> {
  const dataDir = tempDir('fakes');
  const fakes = await startFakes({ dataDir, ports: { s3: 0, brevo: 0, dns: 0 } });
  Object.assign(process.env, fakes.env, overrides);
  return {
    ...fakes,
    stop: async () => {
      await fakes.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function rootTenant() {
  const [root] = await withPlatform((tx) => tx.select().from(tenants).where(eq(tenants.slug, 'didtron')));
  if (!root) throw new Error('root tenant not seeded');
  return root;
}

export async function staffCtx(role: Role = 'super_admin'): Promise<Ctx> {
  const root = await rootTenant();
  return {
    actor: { userId: randomUUID(), email: `${role}@didtron.test`, name: `Test ${role}`, role, tenantId: root.id },
    tenant: { id: root.id, slug: root.slug },
    requestId: `test-${randomUUID()}`,
  };
}

/** Call records of one integration since a point in time, after pending writes have landed. */
export async function callsSince(integration: string, since: Date) {
  await flushIntegrationCalls();
  return infraDb()
    .select()
    .from(integrationCalls)
    .where(and(eq(integrationCalls.integration, integration), gte(integrationCalls.occurredAt, since)));
}
