import type { Tx } from '@/db/client';
import type { AssignmentLevel } from '@/db/schema/assignments';
import { isPlatformRole } from '@/lib/auth/permissions';
import { assertPermission, platformTx, tenantTx, type Ctx } from '@/lib/context';
import { ForbiddenError } from '@/lib/errors';

/**
 * Assignments at ALL, category and group level configure every brand (categories and groups are
 * platform-wide; their rows belong to the root tenant), so only platform staff read or change them.
 * The admin console's assignment screens are staff-only for that reason.
 */
export function assertAssignmentsStaff(ctx: Ctx, permission: 'customers.read' | 'customers.write'): void {
  assertPermission(ctx, permission);
  if (!isPlatformRole(ctx.actor.role)) throw new ForbiddenError('Only platform staff manage assignments');
}

/**
 * Who manages which assignments:
 * - platform staff: every level, in a platform transaction;
 * - a brand's tenant admin, on its own brand's host: the customer-level assignments of its own
 *   brand's accounts, in a tenant transaction (RLS on assignments and customer_accounts holds too,
 *   so another brand's account or row is a 404 like a missing one). ALL, category and group rows
 *   are the root brand's: refused with a 403.
 * Anyone else (customer admins and users included) is refused.
 */
export type AssignmentScope =
  | { kind: 'platform'; tenantId: null; run<T>(fn: (tx: Tx, ctx: Ctx) => Promise<T>): Promise<T> }
  | { kind: 'tenant'; tenantId: string; run<T>(fn: (tx: Tx, ctx: Ctx) => Promise<T>): Promise<T> };

export function assignmentScope(ctx: Ctx, permission: 'customers.read' | 'customers.write'): AssignmentScope {
  assertPermission(ctx, permission);
  if (isPlatformRole(ctx.actor.role)) return { kind: 'platform', tenantId: null, run: (fn) => platformTx(ctx, fn) };
  if (ctx.actor.role === 'tenant_admin' && ctx.actor.tenantId === ctx.tenant.id) {
    const tenantId = ctx.tenant.id;
    return { kind: 'tenant', tenantId, run: (fn) => tenantTx(ctx, tenantId, fn) };
  }
  throw new ForbiddenError('Only platform staff and brand admins manage assignments');
}

/** A brand admin's scope reaches customer-level assignments only. */
export function assertLevelInScope(scope: AssignmentScope, level: AssignmentLevel): void {
  if (scope.kind === 'tenant' && level !== 'customer')
    throw new ForbiddenError('A brand admin assigns to its own customer accounts only: ALL, category and group assignments are set by the platform');
}
