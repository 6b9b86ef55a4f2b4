import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { getTenantRef } from '@/lib/tenancy';
import { invitationPending, loadUser, userScope } from '../access';

/** One user with their tenant, and whether they have set a password yet (an invitation still open). */
export async function getUser({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const scope = userScope(ctx, 'users.read');
  const { id } = parseInput(z.object({ id: z.uuid() }), input);
  return scope.run(async (tx) => {
    const user = await loadUser(tx, scope, id);
    const tenant = await getTenantRef(ctx, user.tenantId);
    const [pending] = await tx.select({ invitationPending: invitationPending() }).from(users).where(eq(users.id, user.id));
    return { ...user, tenant, invitationPending: pending!.invitationPending };
  });
}
