// Helpers shared by the users tests (not a test file itself).
import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { withPlatform } from '@/db/client';
import { users, type UserRow } from '@/db/schema';
import { SANDBOX_PASSWORD } from '@/db/seed';
import type { Role } from '@/lib/auth/permissions';
import { Browser, uniqueEmail, type HostRef } from './auth';
import { getCtx } from '@/lib/http/request-context';
import { lookupSlug } from '@/lib/tenancy/host-lookup';

/** Signs a (seeded) user in on a host; the browser holds the session and ctx is what it yields. */
export async function signIn(at: HostRef, email: string, password = SANDBOX_PASSWORD) {
  const browser = new Browser(at);
  expect((await browser.post('/sign-in/email', { email, password })).status).toBe(200);
  return { browser, ctx: await getCtx(browser.headers()) };
}

/** A user row without a password (enough for role, status, onboarding and impersonation rules). */
export async function makeUser(tenant: 'root' | 'acme', role: Role, overrides: Partial<UserRow> = {}): Promise<UserRow> {
  const tenantId = (await lookupSlug(tenant === 'root' ? 'didtron' : 'acme'))!.tenantId;
  const [row] = await withPlatform((tx) =>
    tx
      .insert(users)
      .values({ tenantId, name: `Test ${role}`, email: uniqueEmail(role.replace('_', '-')), role, emailVerified: true, onboardingState: 'active', ...overrides })
      .returning(),
  );
  return row!;
}

export const userRow = async (id: string) => (await withPlatform((tx) => tx.select().from(users).where(eq(users.id, id))))[0]!;

/** The second argument of a route handler. */
export const params = <P>(p: P) => ({ params: Promise.resolve(p) });
