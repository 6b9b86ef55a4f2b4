import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FakeBrevo } from '@/fakes/brevo/server';
import { deriveAppUrl } from '@/lib/config';
import { TEST_APP_PASSWORD } from '@/tests/test-database';

/**
 * The command runs against a database of its own, created empty here: the shared test database is
 * seeded with sandbox super admins, and a fresh install has none (and no tables yet). Everything the
 * app reads is pointed at it before any module reads the configuration, hence the dynamic imports.
 */
const server = new URL(inject('ownerUrl'));
const dbName = `didtron_csa_${process.pid}_${Date.now()}`;
const freshUrl = Object.assign(new URL(server), { pathname: `/${dbName}` }).toString();
const PASSWORD = 'first-admin-password-1';

let brevo: FakeBrevo;
let script: typeof import('./create-super-admin');
let support: typeof import('@/tests/support/auth');
let owner: postgres.Sql;

async function adminDb<T>(fn: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(Object.assign(new URL(server), { pathname: '/postgres' }).toString(), { max: 1, onnotice: () => {} });
  try {
    return await fn(sql);
  } finally {
    await sql.end();
  }
}

/** Runs the command as an operator would (`npm run create-super-admin -- ...` runs tsx on the file). */
function runCommand(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const merged = Object.fromEntries(Object.entries({ ...process.env, ...env }).filter((e): e is [string, string] => e[1] !== undefined)) as NodeJS.ProcessEnv;
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('scripts/create-super-admin.ts'), ...args], { env: merged, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const userByEmail = async (email: string) => (await owner`select * from users where email = ${email}`)[0];
const tokenOf = async (email: string) => (await support.linkFromInbox(brevo, email, '/reset-password')).searchParams.get('token')!;

beforeAll(async () => {
  await adminDb((sql) => sql.unsafe(`create database "${dbName}"`));
  Object.assign(process.env, { DATABASE_URL: freshUrl, DATABASE_APP_URL: deriveAppUrl(freshUrl, TEST_APP_PASSWORD), APP_DB_PASSWORD: TEST_APP_PASSWORD });
  support = await import('@/tests/support/auth');
  brevo = await support.startAuthTestEnv();
  script = await import('./create-super-admin');
  owner = postgres(freshUrl, { max: 1, onnotice: () => {} });
});

afterAll(async () => {
  const { closeDb } = await import('@/db/client');
  await closeDb();
  await owner?.end();
  await brevo?.close();
  await adminDb((sql) => sql.unsafe(`drop database if exists "${dbName}" with (force)`));
});

describe('createSuperAdmin', () => {
  it('migrates an empty database and creates the first super admin, whose invitation sets a password that signs in to the admin console', async () => {
    expect((await owner`select to_regclass('public.users') as t`)[0]!.t).toBeNull();
    const email = `first-${randomUUID().slice(0, 8)}@example.com`;
    const result = await script.createSuperAdmin({ email: ` ${email.toUpperCase()} `, name: 'First Admin' });
    expect(result).toMatchObject({
      email,
      existingSuperAdmins: 0,
      invitationSent: true,
      setPasswordPage: 'http://pbx.localhost:3000/reset-password',
      signInUrl: 'http://admin.localhost:3000/sign-in',
    });

    // The root brand only: never the sandbox demo tenant or accounts.
    expect((await owner`select slug, is_root from tenants`).map((t) => [t.slug, t.is_root])).toEqual([['didtron', true]]);
    const user = await userByEmail(email);
    const [root] = await owner`select id from tenants where is_root`;
    expect(user).toMatchObject({ id: result.userId, tenant_id: root!.id, name: 'First Admin', role: 'super_admin', status: 'active', email_verified: true, onboarding_state: 'active' });
    expect(await owner`select id from auth_accounts where user_id = ${user!.id}`).toHaveLength(0);
    const audit = await owner`select * from audit_events where entity = 'user' and entity_id = ${user!.id}`;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ tenant_id: root!.id, actor_id: null, actor_role: 'system', action: 'invite', after: { email, role: 'super_admin', via: 'create-super-admin', force: false } });

    const [message] = await support.inbox(brevo, email);
    expect(message).toMatchObject({ subject: 'You have been invited to DIDTron', tags: ['invitation', 'tenant:didtron'] });
    const link = await support.linkFromInbox(brevo, email, '/reset-password');
    expect(`${link.origin}${link.pathname}`).toBe('http://pbx.localhost:3000/reset-password');
    expect(JSON.stringify(result)).not.toContain(link.searchParams.get('token'));

    const { Browser, HOSTS } = support;
    expect((await new Browser(HOSTS.admin).post('/sign-in/email', { email, password: PASSWORD })).status).toBe(401);
    expect((await new Browser(HOSTS.root).post('/reset-password', { token: link.searchParams.get('token'), newPassword: PASSWORD })).status).toBe(200);
    const admin = new Browser(HOSTS.admin);
    expect((await admin.post('/sign-in/email', { email, password: PASSWORD })).status).toBe(200);
    const { getCtx } = await import('@/lib/http/request-context');
    await expect(getCtx(admin.headers())).resolves.toMatchObject({ actor: { userId: user!.id, role: 'super_admin', tenantId: root!.id } });
  });

  it('refuses a second super admin unless forced, creating and sending nothing when it refuses', async () => {
    const email = `second-${randomUUID().slice(0, 8)}@example.com`;
    await expect(script.createSuperAdmin({ email, name: 'Second Admin' })).rejects.toMatchObject({ status: 409, message: expect.stringContaining('An active super admin already exists') });
    expect(await userByEmail(email)).toBeUndefined();
    expect(await support.inbox(brevo, email)).toEqual([]);

    const forced = await script.createSuperAdmin({ email, name: 'Second Admin', force: true });
    expect(forced).toMatchObject({ email, existingSuperAdmins: 1, invitationSent: true });
    expect((await owner`select after from audit_events where entity_id = ${forced.userId}`)[0]!.after).toMatchObject({ force: true, existingSuperAdmins: 1 });
    await expect(script.createSuperAdmin({ email, name: 'Second Again', force: true })).rejects.toMatchObject({ status: 422, details: [{ path: 'email' }] });

    // A disabled super admin is no admin: the command may create one again.
    await owner`update users set status = 'disabled' where role = 'super_admin'`;
    const third = `third-${randomUUID().slice(0, 8)}@example.com`;
    await expect(script.createSuperAdmin({ email: third, name: 'Third Admin' })).resolves.toMatchObject({ existingSuperAdmins: 0 });
  });

  it('checks the email and name before touching the database', async () => {
    await expect(script.createSuperAdmin({ email: 'not-an-email', name: 'X' })).rejects.toMatchObject({
      status: 422,
      details: expect.arrayContaining([expect.objectContaining({ path: 'email' }), expect.objectContaining({ path: 'name' })]),
    });
  });
});

describe('npm run create-super-admin', () => {
  it('prints the outcome without the token, refuses without --force, and exits with its codes', { timeout: 120_000 }, async () => {
    const email = `cli-${randomUUID().slice(0, 8)}@example.com`;
    const refused = await runCommand(['--email', email, '--name', 'Cli Admin']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('nothing created: An active super admin already exists');
    expect(await userByEmail(email)).toBeUndefined();

    const created = await runCommand(['--email', email, '--name', 'Cli Admin', '--force']);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toContain(`created super admin ${email}`);
    expect(created.stdout).toContain('opens http://pbx.localhost:3000/reset-password to choose a password');
    expect(created.stdout).toContain('sign in at http://admin.localhost:3000/sign-in');
    const token = await tokenOf(email);
    expect(created.stdout + created.stderr).not.toContain(token);
    expect(created.stdout + created.stderr).not.toMatch(/token=/);
    expect(await userByEmail(email)).toMatchObject({ role: 'super_admin' });

    const missing = await runCommand(['--email', `x-${email}`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('usage: npm run create-super-admin');

    // Email refused by Brevo: the account exists; the command says how to get a link later.
    const unsent = `unsent-${randomUUID().slice(0, 8)}@example.com`;
    const failed = await runCommand(['--email', unsent, '--name', 'Unsent Admin', '--force'], { BREVO_API_KEY: 'not-a-valid-key' });
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain('"Forgot password" on http://pbx.localhost:3000/forgot-password');
    expect(await userByEmail(unsent)).toMatchObject({ role: 'super_admin' });
  });

  it('applies the production configuration rules before anything else', { timeout: 60_000 }, async () => {
    const email = `prod-${randomUUID().slice(0, 8)}@example.com`;
    const res = await runCommand(['--email', email, '--name', 'Prod Admin'], { APP_MODE: 'production', BETTER_AUTH_SECRET: undefined });
    expect(res.code).toBe(1);
    expect(res.stderr).toContain('BETTER_AUTH_SECRET is required in production');
    expect(res.stderr).toContain('ROOT_DOMAIN must be a real domain in production');
    expect(await userByEmail(email)).toBeUndefined();
  });
});
