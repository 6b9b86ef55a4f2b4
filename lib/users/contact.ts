import { and, eq } from 'drizzle-orm';
import { users } from '@/db/schema';
import { callerTx, type AnyCtx } from '@/lib/context';

/**
 * The users domain's face for a domain that notifies a user (e.g. lib/webhooks emailing an endpoint's
 * owner): name and address of an active user, read in the caller's transaction; null otherwise.
 */
export async function findUserContact(ctx: AnyCtx, tenantId: string, userId: string): Promise<{ id: string; name: string; email: string } | null> {
  return callerTx(ctx, async (tx) => {
    const [row] = await tx
      .select({ id: users.id, name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.tenantId, tenantId), eq(users.status, 'active')));
    return row ?? null;
  });
}
