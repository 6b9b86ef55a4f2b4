import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { customerAccounts, users, type CustomerAccountRow } from '@/db/schema';
import { isPlatformRole, type Permission } from '@/lib/auth/permissions';
import { assertPermission, platformReadTx, platformTx, tenantReadTx, tenantTx, type Ctx } from '@/lib/context';
import { ForbiddenError, NotFoundError } from '@/lib/errors';

/**
 * Who sees which customer accounts:
 * - platform staff (super_admin, support, billing): every brand's, in a platform transaction;
 * - a tenant admin, on its own brand's host: its brand's (tenantTx, so RLS holds too);
 * - a customer admin, on its brand's host: its own account only (read; it manages that account's users).
 * Anything else is a 403; an account outside the scope is a 404, exactly like a missing one.
 */
type ScopeRunners = {
  run<T>(fn: (tx: Tx, ctx: Ctx) => Promise<T>): Promise<T>;
  /** One statement in the same scope, in one round trip (lib/context.ts tenantReadTx/platformReadTx): a list page. */
  read<R>(fn: (tx: Tx) => PromiseLike<R>): Promise<R>;
};
export type CustomerScope =
  | ({ kind: 'platform'; tenantId: null; accountId: null } & ScopeRunners)
  | ({ kind: 'tenant'; tenantId: string; accountId: null } & ScopeRunners)
  | ({ kind: 'account'; tenantId: string; accountId: string } & ScopeRunners);

export async function customerScope(ctx: Ctx, permission: Extract<Permission, 'customers.read' | 'customers.write'>): Promise<CustomerScope> {
  assertPermission(ctx, permission);
  const role = ctx.actor.role;
  if (isPlatformRole(role)) return { kind: 'platform', tenantId: null, accountId: null, run: (fn) => platformTx(ctx, fn), read: (fn) => platformReadTx(ctx, fn) };
  // A brand's people act on their brand's host only: the same session on another brand's host is a stranger.
  if (ctx.actor.tenantId !== ctx.tenant.id) throw new ForbiddenError('Customer accounts are managed on your own brand’s portal');
  const tenantId = ctx.tenant.id;
  const runners: ScopeRunners = { run: (fn) => tenantTx(ctx, tenantId, fn), read: (fn) => tenantReadTx(ctx, tenantId, fn) };
  if (role === 'tenant_admin') return { kind: 'tenant', tenantId, accountId: null, ...runners };
  if (role === 'customer_admin' || role === 'customer_user') {
    const [me] = await runners.read((tx) => tx.select({ accountId: users.customerAccountId }).from(users).where(eq(users.id, ctx.actor.userId)));
    const accountId = me?.accountId ?? null;
    if (!accountId) throw new ForbiddenError('You do not belong to a customer account yet');
    return { kind: 'account', tenantId, accountId, ...runners };
  }
  throw new ForbiddenError('You cannot see customer accounts');
}

export function accountVisible(scope: CustomerScope, account: Pick<CustomerAccountRow, 'id' | 'tenantId'>): boolean {
  if (scope.kind === 'platform') return true;
  if (account.tenantId !== scope.tenantId) return false;
  return scope.kind === 'tenant' || account.id === scope.accountId;
}

/** Loads an account the scope may see (optionally locked for the change that follows), else 404. */
export async function loadAccount(tx: Tx, scope: CustomerScope, id: string, lock = false): Promise<CustomerAccountRow> {
  const query = tx.select().from(customerAccounts).where(eq(customerAccounts.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row || !accountVisible(scope, row)) throw new NotFoundError('Customer account not found');
  return row;
}

/** Categories and groups are platform-wide: only platform staff change them. */
export function assertHierarchyWriter(ctx: Ctx): void {
  assertPermission(ctx, 'customers.write');
  if (!isPlatformRole(ctx.actor.role)) throw new ForbiddenError('Only platform staff manage customer categories and groups');
}

/** Reads of the platform-wide hierarchy (no RLS on those tables): in whichever scope the actor has. */
export function hierarchyReadTx<T>(ctx: Ctx, fn: (tx: Tx, ctx: Ctx) => Promise<T>): Promise<T> {
  return isPlatformRole(ctx.actor.role) ? platformTx(ctx, fn) : tenantTx(ctx, ctx.tenant.id, fn);
}
