/**
 * `npm run create-super-admin -- --email <address> --name "<name>" [--force]`
 *
 * The first super admin of an install: production seeds no users, so somebody must be able to sign
 * in to the admin console before anyone can be invited from it. Reads the configuration exactly as
 * the app does (lib/config.ts, so production refuses what it refuses at start), brings the database
 * to the current schema as its owner (DATABASE_URL) with the root brand in place, then creates the
 * account on the root tenant (role super_admin, email verified, onboarding active, no password) and
 * emails the same invitation as the admin console's "Invite user": a link to choose a password on
 * pbx.<root>/reset-password. Refuses while an active super admin exists, unless --force.
 * Prints the outcome; never a password or a token.
 *
 * Exit codes: 0 created and invited; 1 refused or failed (nothing created); 2 created, but the
 * invitation email failed (use "Forgot password" on pbx.<root> once email works).
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { and, eq, sql } from 'drizzle-orm';
import { closeDb } from '../db/client';
import { migrateDatabase } from '../db/migrate';
import { users } from '../db/schema';
import { seedDatabase } from '../db/seed';
import { recordAudit } from '../lib/audit/record-audit';
import { authPageUrl } from '../lib/auth/paths';
import { ConfigError, parseConfig } from '../lib/config';
import { assertPermission, systemCtx, tenantTx } from '../lib/context';
import { AppError, ConflictError, ValidationError } from '../lib/errors';
import { signInUrlFor } from '../lib/users/hosts';
import { getRootTenantRef } from '../lib/tenancy';
import { assertInvitable, createInvitedUser, sendCreatedInvitation } from '../lib/users/invitations';
import { inviteUserSchema } from '../lib/users/schemas';
import { parseInput } from '../lib/validation';

/** Serialises concurrent runs: two of them must not both find no super admin and both proceed. */
const CREATE_SUPER_ADMIN_LOCK = 727_275;

export type CreateSuperAdminResult = {
  userId: string;
  email: string;
  /** Active super admins that existed before this one (non-zero only with force). */
  existingSuperAdmins: number;
  invitationSent: boolean;
  /** The page the invitation's link opens (the token itself is only in the email). */
  setPasswordPage: string;
  signInUrl: string;
};

/** Creates the super admin (see the file comment); throws ConfigError, ValidationError or ConflictError when refusing. */
export async function createSuperAdmin(opts: { email: string; name: string; force?: boolean }): Promise<CreateSuperAdminResult> {
  const cfg = parseConfig(process.env);
  if (!cfg.databaseUrl) throw new ConfigError(['DATABASE_URL is not set: the owner connection of the database to create the super admin in']);
  const account = parseInput(inviteUserSchema.pick({ name: true, email: true }), { name: opts.name, email: opts.email });

  await migrateDatabase(cfg.databaseUrl, cfg.appDbPassword);
  // The root brand is created by the seed at every start; a database that has never been started
  // lacks it. Never the demo data: only the root tenant.
  await seedDatabase(cfg.databaseUrl, { demo: false });
  // The install acts as the system actor `install` on the root tenant: no person acts here.
  const ctx = systemCtx('install');
  assertPermission(ctx, 'users.write');
  const root = await getRootTenantRef(ctx);

  let existingSuperAdmins = 0;
  const created = await tenantTx(ctx, root.id, async (tx, ctx) => {
    assertInvitable(root);
    await tx.execute(sql`select pg_advisory_xact_lock(${CREATE_SUPER_ADMIN_LOCK})`);
    // Platform roles exist only on the root tenant, which this transaction is scoped to.
    const admins = await tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.role, 'super_admin'), eq(users.status, 'active')));
    existingSuperAdmins = admins.length;
    if (admins.length && !opts.force) {
      throw new ConflictError(
        `An active super admin already exists (${admins.map((a) => a.email).join(', ')}): invite further admins from the admin console, or run again with --force`,
      );
    }
    const created = await createInvitedUser(ctx, root, { ...account, role: 'super_admin' });
    const { user } = created;
    await recordAudit(tx, ctx, {
      entity: 'user',
      entityId: user.id,
      action: 'invite',
      after: { name: user.name, email: user.email, role: user.role, via: 'create-super-admin', force: Boolean(opts.force), existingSuperAdmins },
    });
    return created;
  });
  const { user, target } = created;
  const invitationSent = await sendCreatedInvitation(created);
  return {
    userId: user.id,
    email: user.email,
    existingSuperAdmins,
    invitationSent,
    setPasswordPage: authPageUrl(target, '/reset-password'),
    signInUrl: signInUrlFor('super_admin', target),
  };
}

const USAGE = 'usage: npm run create-super-admin -- --email <address> --name "<full name>" [--force]';

function explain(error: unknown): string {
  if (error instanceof ValidationError) return error.problems.map((p) => `--${p.path}: ${p.message}`).join('\n');
  if (error instanceof ConfigError || error instanceof AppError) return error.message;
  return `failed: ${error instanceof Error ? error.message : String(error)}`;
}

/** The command line: returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  let args: { email?: string; name?: string; force?: boolean; help?: boolean };
  try {
    args = parseArgs({ args: argv, options: { email: { type: 'string' }, name: { type: 'string' }, force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 1;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.email || !args.name) {
    console.error(`--email and --name are required\n${USAGE}`);
    return 1;
  }
  try {
    const result = await createSuperAdmin({ email: args.email, name: args.name, force: args.force });
    console.log(`[didtron] created super admin ${result.email} (user ${result.userId}) on the root tenant`);
    if (result.existingSuperAdmins) console.log(`[didtron] --force: ${result.existingSuperAdmins} other active super admin(s) already existed`);
    if (!result.invitationSent) {
      console.error(`[didtron] the invitation email could not be sent (see the error above). Once email works, request a link with "Forgot password" on ${result.setPasswordPage.replace(/\/reset-password$/, '/forgot-password')}`);
      return 2;
    }
    console.log(`[didtron] invitation emailed to ${result.email}: its link (valid 7 days) opens ${result.setPasswordPage} to choose a password`);
    console.log(`[didtron] then sign in at ${result.signInUrl}`);
    return 0;
  } catch (error) {
    console.error(`[didtron] nothing created: ${explain(error)}`);
    return 1;
  } finally {
    await closeDb().catch(() => {});
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  // The outcome is printed below; routine info logs would only bury it.
  process.env.LOG_LEVEL ??= 'warn';
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
