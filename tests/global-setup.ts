import type { TestProject } from 'vitest/node';
import { deriveAppUrl } from '@/lib/config';
import { createTestDatabase, TEST_APP_PASSWORD } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    ownerUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const name = `didtron_test_${process.pid}_${Date.now()}`;
  const db = await createTestDatabase(name);
  // Every test worker connects as the app role, exactly as the app does.
  process.env.DATABASE_URL = db.ownerUrl;
  process.env.APP_DB_PASSWORD = TEST_APP_PASSWORD;
  process.env.DATABASE_APP_URL = deriveAppUrl(db.ownerUrl, TEST_APP_PASSWORD);
  process.env.LOG_LEVEL ??= 'silent';
  // Route-level tests act as the sandbox development actor when they send no session cookie;
  // tests of real sessions send one (a session cookie never falls back to this actor).
  process.env.DEV_ACTOR ??= 'super_admin';
  project.provide('ownerUrl', db.ownerUrl);
  return async () => {
    await db.drop();
    await db.stop();
  };
}
