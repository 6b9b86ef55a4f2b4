import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { withPlatform, withTenant, type Tx } from '@/db/client';
import { tenants, users, userStatuses, type UserRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { isPlatformRole } from '@/lib/auth/permissions';
import { assertPermission, type Ctx } from '@/lib/context';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { revokeAllSessions } from '../revoke';

const schema = z.object({ userId: z.uuid(), status: z.enum(userStatuses) });

/**
 * Disables or re-enables a user. Disabling ends every session of the user at once; a disabled user
 * cannot sign in and gets 401 on every request. Platform staff may act on any tenant's users, a
 * tenant admin on the users of their own tenant (RLS keeps them there) below their own role.
 */
export async function setUserStatus({ ctx, input }: { ctx: Ctx; input: { userId: string; status: (typeof userStatuses)[number] } }): Promise<UserRow> {
  assertPermission(ctx, 'users.write');
  const platform = isPlatformRole(ctx.actor.role);
  // customer_admin also holds users.write, but until customer accounts exist it would reach other customers' users.
  if (!platform && ctx.actor.role !== 'tenant_admin') throw new ForbiddenError('Only platform staff and tenant admins can change a user\'s status');
  const { userId, status } = parseInput(schema, input);
  if (userId === ctx.actor.userId) throw new ValidationError([{ path: 'userId', message: 'you cannot change the status of your own account' }]);

  const change = async (tx: Tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!before) throw new NotFoundError('User not found');
    if (!platform && (isPlatformRole(before.role) || before.role === 'tenant_admin')) throw new ForbiddenError('You cannot change the status of this user');
    const [tenant] = await tx.select({ id: tenants.id, slug: tenants.slug }).from(tenants).where(eq(tenants.id, before.tenantId));
    const [after] = await tx.update(users).set({ status }).where(eq(users.id, userId)).returning();
    await recordAudit(tx, ctx, { entity: 'user', entityId: userId, action: `status.${status}`, before: { status: before.status }, after: { status }, tenantId: before.tenantId });
    return { after: after!, tenant: tenant! };
  };
  const { after, tenant } = platform ? await withPlatform(change) : await withTenant(ctx.actor.tenantId, change);
  if (status === 'disabled') await revokeAllSessions(tenant, userId);
  return after;
}
