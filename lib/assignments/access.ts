import { isPlatformRole } from '@/lib/auth/permissions';
import { assertPermission, type Ctx } from '@/lib/context';
import { ForbiddenError } from '@/lib/errors';

/**
 * Assignments at ALL, category and group level configure every brand (categories and groups are
 * platform-wide), so only platform staff read or change them. Customer-level assignments are
 * changed by platform staff too for now; a reseller's tenant admin managing its own customers'
 * overrides is a later step (the rows already carry the account's tenant for it).
 */
export function assertAssignmentsStaff(ctx: Ctx, permission: 'customers.read' | 'customers.write'): void {
  assertPermission(ctx, permission);
  if (!isPlatformRole(ctx.actor.role)) throw new ForbiddenError('Only platform staff manage assignments');
}
