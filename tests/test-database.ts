import postgres from 'postgres';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import { seedDatabase } from '@/db/seed';

export const TEST_APP_PASSWORD = 'test-app-role-password';

/**
 * A fresh, migrated and seeded database for one test run: on the server at DATABASE_URL when set
 * (CI), otherwise on an embedded PostgreSQL. Each run gets its own database name so that
 * concurrent runs never share state.
 */
export async function createTestDatabase(name: string): Promise<{ ownerUrl: string; drop: () => Promise<void>; stop: () => Promise<void> }> {
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!serverUrl) {
    const pg = await startEmbeddedPostgres({ dir: '.data/pg-test', port: 54330, database: 'postgres' });
    serverUrl = pg.url;
    stop = pg.stop;
  }
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const ownerUrl = url.toString();
  await migrateDatabase(ownerUrl, TEST_APP_PASSWORD);
  await seedDatabase(ownerUrl, { demo: true });
  const drop = async () => {
    const a = postgres(serverUrl!, { max: 1, onnotice: () => {} });
    await a.unsafe(`drop database if exists "${name}" with (force)`);
    await a.end();
  };
  return { ownerUrl, drop, stop };
}
