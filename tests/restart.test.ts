import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { expect, it } from 'vitest';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';

/**
 * The app's default store is an embedded PostgreSQL under .data/: data written before a restart must
 * be there after it (the app holds no business data anywhere else).
 */
it('keeps data across a restart of the embedded database', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'didtron-restart-'));
  await fs.chmod(dir, 0o777);
  const port = 55_000 + Math.floor(Math.random() * 2_000);
  const opts = { dir: path.join(dir, 'pg'), port, database: 'didtron' };
  let pg = await startEmbeddedPostgres(opts);
  try {
    await migrateDatabase(pg.url, 'restart-test-password');
    await seedDatabase(pg.url, { demo: true });
    let sql = postgres(pg.url, { max: 1, onnotice: () => {} });
    await sql`insert into tenants (slug, name) values ('survivor', 'Survives Restarts')`;
    await sql.end();
    await pg.stop();

    pg = await startEmbeddedPostgres(opts);
    // A second start migrates and seeds again: both must be idempotent and keep what exists.
    await migrateDatabase(pg.url, 'restart-test-password');
    await seedDatabase(pg.url, { demo: true });
    sql = postgres(pg.url, { max: 1, onnotice: () => {} });
    const rows = await sql<{ slug: string }[]>`select slug from tenants order by slug`;
    await sql.end();
    expect(rows.map((r) => r.slug)).toEqual(['acme', 'didtron', 'survivor']);
  } finally {
    await pg.stop();
    await fs.rm(dir, { recursive: true, force: true });
  }
});
