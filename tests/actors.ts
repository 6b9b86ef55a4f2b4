// Real users with real Better Auth sessions, for route-level tests (not a test file itself).
import { randomUUID } from 'node:crypto';
import { hashPassword } from 'better-auth/crypto';
import { eq } from 'drizzle-orm';
import { withTenant } from '@/db/client';
import { authAccounts, users, type UserRow } from '@/db/schema';
import type { Role } from '@/lib/auth/permissions';
import { Browser, type HostRef } from '@/tests/support/auth';
import type { Ctx } from '@/lib/context';
import { lookupSlug } from '@/lib/tenancy/host-lookup';

export const ACTOR_PASSWORD = 'matrix-password-0123';
let hashed: Promise<string> | undefined;

export async function tenantIdOf(slug: string): Promise<string> {
  const tenant = await lookupSlug(slug);
  if (!tenant) throw new Error(`no tenant ${slug}`);
  return tenant.tenantId;
}

/** A verified, onboarded user with a password, inserted as the seed does (no email round trip). */
export async function createUser(tenantSlug: string, role: Role, prefix: string = role): Promise<UserRow> {
  const tenantId = await tenantIdOf(tenantSlug);
  const password = await (hashed ??= hashPassword(ACTOR_PASSWORD));
  const email = `${prefix.replace(/_/g, '-')}-${randomUUID().slice(0, 8)}@example.com`;
  return withTenant(tenantId, async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ tenantId, name: `Test ${role}`, email, role, emailVerified: true, onboardingState: 'active' })
      .returning();
    await tx.insert(authAccounts).values({ tenantId, userId: user!.id, accountId: user!.id, providerId: 'credential', password });
    return user!;
  });
}

/** Signs the user in on the host through Better Auth's handler; the browser holds the session cookie. */
export async function signInAs(user: Pick<UserRow, 'email'>, at: HostRef): Promise<Browser> {
  const browser = new Browser(at);
  const res = await browser.post('/sign-in/email', { email: user.email, password: ACTOR_PASSWORD });
  if (res.status !== 200) throw new Error(`sign-in of ${user.email} at ${at.host} failed: ${res.status} ${await res.text()}`);
  return browser;
}

export async function setUserStatus(user: Pick<UserRow, 'id' | 'tenantId'>, status: 'active' | 'disabled'): Promise<void> {
  await withTenant(user.tenantId, (tx) => tx.update(users).set({ status }).where(eq(users.id, user.id)));
}

export async function setUserRole(user: Pick<UserRow, 'id' | 'tenantId'>, role: Role): Promise<void> {
  await withTenant(user.tenantId, (tx) => tx.update(users).set({ role }).where(eq(users.id, user.id)));
}

/** The service context a session of this user would produce on a host of its own tenant. */
export async function ctxOf(user: UserRow, tenantSlug: string): Promise<Ctx> {
  return {
    actor: { userId: user.id, email: user.email, name: user.name, role: user.role, tenantId: user.tenantId },
    tenant: { id: await tenantIdOf(tenantSlug), slug: tenantSlug },
    requestId: `test-${randomUUID()}`,
  };
}
