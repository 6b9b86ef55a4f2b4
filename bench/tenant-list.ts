/**
 * Keyset list latency of the Tenants endpoint's service against 20,000 tenants on an embedded
 * PostgreSQL: first page, a deep page (cursor after ~19,000 rows), and a search.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { startEmbeddedPostgres } from '../db/embedded';
import { migrateDatabase } from '../db/migrate';
import { seedDatabase } from '../db/seed';
import { summarise } from './stats';

const ROWS = 20_000;
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'didtron-bench-'));
await fs.chmod(dir, 0o777);
const pg = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: 55_900, database: 'bench' });
try {
  await migrateDatabase(pg.url, 'bench-app-password');
  await seedDatabase(pg.url, { demo: true });
  const owner = postgres(pg.url, { max: 1, onnotice: () => {} });
  await owner`insert into tenants (slug, name) select 'bench-' || g, 'Bench Carrier ' || lpad(g::text, 6, '0') from generate_series(1, ${ROWS}) g`;
  await owner`analyze tenants`;
  await owner.end();

  process.env.DATABASE_URL = pg.url;
  process.env.APP_DB_PASSWORD = 'bench-app-password';
  process.env.LOG_LEVEL = 'silent';
  const { listTenants } = await import('../lib/tenancy/services/list-tenants');
  const { closeDb } = await import('../db/client');
  const { lookupSlug } = await import('../lib/tenancy/host-lookup');
  const root = (await lookupSlug('didtron'))!;
  const ctx = { actor: { userId: crypto.randomUUID(), email: 'bench@x', name: 'bench', role: 'super_admin' as const, tenantId: root.tenantId }, tenant: { id: root.tenantId, slug: 'didtron' }, requestId: 'bench' };

  async function measure(label: string, params: () => URLSearchParams, n = 200) {
    for (let i = 0; i < 10; i++) await listTenants({ ctx, input: params() });
    const samples: number[] = [];
    for (let i = 0; i < n; i++) {
      const t = performance.now();
      await listTenants({ ctx, input: params() });
      samples.push(performance.now() - t);
    }
    console.log(summarise(label, samples));
  }

  await measure('tenants list, first page (25, by name)', () => new URLSearchParams({ limit: '25' }));
  let cursor: string | null = null;
  for (let i = 0; i < 190; i++) {
    const page: { pageInfo: { nextCursor: string | null } } = await listTenants({ ctx, input: new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) }) });
    cursor = page.pageInfo.nextCursor;
  }
  await measure('tenants list, page after row 19,000', () => new URLSearchParams({ limit: '25', cursor: cursor! }));
  await measure('tenants list, search "carrier 0199" (ILIKE)', () => new URLSearchParams({ limit: '25', q: 'carrier 0199' }));
  await measure('tenants list, sorted -createdAt, 100 rows', () => new URLSearchParams({ limit: '100', sort: '-createdAt' }));
  await closeDb();
} finally {
  await pg.stop();
  await fs.rm(dir, { recursive: true, force: true });
}
