import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  // db/schema/dataqueue.ts is deliberately not reachable from this entry: DataQueue owns its tables
  // (migration 0005_dataqueue), so `drizzle-kit generate` must never emit DDL for them.
  schema: './db/schema/index.ts',
  out: './drizzle',
  // push/pull/check: never touch DataQueue's tables either.
  tablesFilter: ['*', '!job_queue', '!job_events'],
  dbCredentials: { url: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/didtron' },
});
