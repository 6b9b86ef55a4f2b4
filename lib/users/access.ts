import { and, eq, getTableName, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Tx } from '@/db/client';
import { authAccounts, tenants, users, type UserRow } from '@/db/schema';
import { isPlatformRole, platformRoles, tenantRoles, type Permission, type Role } from '@/lib/auth/permissions';
import { assertPermission, platformTx, tenantTx, type Ctx } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';

/**
 * Whether a user has yet to set a password (their invitation is open): they have no credential
 * account. A correlated NOT EXISTS (auth_accounts_user_idx), so a page of users stays one query.
 */
export const invitationPending = () =>
  sql<boolean>`not exists (select 1 from ${authAccounts} where ${qualified(authAccounts.tenantId)} = ${qualified(users.tenantId)} and ${qualified(authAccounts.userId)} = ${qualified(users.id)} and ${qualified(authAccounts.providerId)} = 'credential')`;

/** "table"."column" even where Drizzle would print a bare column (the fields of a one-table select). */
function qualified(column: AnyPgColumn) {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}

/** The roles a tenant admin hands out and manages: below their own. */
export const TENANT_MANAGED_ROLES: readonly Role[] = ['customer_admin', 'customer_user', 'carrier_user'];

/**
 * Who may see and manage which users. Platform staff work across tenants (withPlatform); a tenant
 * admin works inside their own tenant (tenantTx, so RLS holds too) and never sees platform
 * staff accounts, even on the root tenant. customer_admin also holds users.* in the matrix, but
 * until customer accounts exist it would reach other customers' users, so it is refused here.
 */
export type UserScope = {
  kind: 'platform' | 'tenant';
  /** The tenant a tenant admin is confined to; null for platform staff. */
  tenantId: string | null;
  /** Opens (or joins, see tenantTx) the scope's transaction; fn gets the ctx that carries it. */
  run<T>(fn: (tx: Tx, ctx: Ctx) => Promise<T>): Promise<T>;
};

export function userScope(ctx: Ctx, permission: Extract<Permission, 'users.read' | 'users.write'>): UserScope {
  assertPermission(ctx, permission);
  if (isPlatformRole(ctx.actor.role)) return { kind: 'platform', tenantId: null, run: (fn) => platformTx(ctx, fn) };
  if (ctx.actor.role === 'tenant_admin' && ctx.actor.tenantId === ctx.tenant.id) {
    const tenantId = ctx.tenant.id;
    return { kind: 'tenant', tenantId, run: (fn) => tenantTx(ctx, tenantId, fn) };
  }
  throw new ForbiddenError('Only platform staff and tenant admins manage users');
}

/** Whether the scope may see this user at all; unseen users are a 404, exactly like missing ones. */
export function visibleTo(scope: UserScope, user: Pick<UserRow, 'tenantId' | 'role'>): boolean {
  return scope.kind === 'platform' || (user.tenantId === scope.tenantId && !isPlatformRole(user.role));
}

/** Loads a user visible to the scope, optionally locking it for the change that follows. */
export async function loadUser(tx: Tx, scope: UserScope, id: string, lock = false): Promise<UserRow> {
  const query = tx.select().from(users).where(eq(users.id, id));
  const [user] = lock ? await query.for('update') : await query;
  if (!user || !visibleTo(scope, user)) throw new NotFoundError('User not found');
  return user;
}

/** Changes to someone else's account only: your own role and status are not yours to change here. */
export function assertNotSelf(ctx: Ctx, userId: string, what: string): void {
  if (userId === ctx.actor.userId) throw new ValidationError([{ path: 'id', message: `you cannot ${what} your own account` }]);
}

/** May the actor manage (change, disable, sign out) this existing user? */
export function assertCanManage(ctx: Ctx, scope: UserScope, target: UserRow): void {
  if (scope.kind === 'tenant' && !TENANT_MANAGED_ROLES.includes(target.role)) throw new ForbiddenError('You cannot manage this user');
  if (isPlatformRole(target.role) && ctx.actor.role !== 'super_admin') throw new ForbiddenError('Only a super admin manages platform staff');
}

/**
 * May the actor give this role to a user of this tenant? Platform roles exist only on the root
 * tenant and only a super admin assigns them; a tenant admin assigns the roles below their own.
 */
export function assertCanAssign(ctx: Ctx, scope: UserScope, role: Role, tenant: { isRoot: boolean }): void {
  if (scope.kind === 'tenant') {
    if (!TENANT_MANAGED_ROLES.includes(role)) throw new ForbiddenError(`You cannot assign the role ${role}`);
    return;
  }
  if (isPlatformRole(role)) {
    if (!tenant.isRoot) throw new ValidationError([{ path: 'role', message: 'platform roles exist only on the root tenant' }]);
    if (ctx.actor.role !== 'super_admin') throw new ForbiddenError('Only a super admin assigns platform roles');
  } else if (!(tenantRoles as readonly Role[]).includes(role)) {
    throw new ValidationError([{ path: 'role', message: `unknown role ${role}` }]);
  }
}

/**
 * Refuses a change that would leave the platform without an active super admin. The super admins
 * are locked first, so two concurrent demotions cannot each count the other as remaining.
 */
export async function assertSuperAdminRemains(tx: Tx, leavingUserId: string): Promise<void> {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .innerJoin(tenants, and(eq(tenants.id, users.tenantId), eq(tenants.isRoot, true)))
    .where(and(eq(users.role, 'super_admin'), eq(users.status, 'active')))
    .for('update', { of: users });
  if (!admins.some((a) => a.id !== leavingUserId)) throw new ConflictError('The platform must keep at least one active super admin');
}

/** Lists exclude platform staff for tenant admins (also on the root tenant). */
export function notPlatformStaff() {
  return sql`${users.role} not in (${sql.join(
    platformRoles.map((r) => sql`${r}`),
    sql`, `,
  )})`;
}
