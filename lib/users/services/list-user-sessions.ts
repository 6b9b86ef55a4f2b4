import { and, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { authSessions, impersonationGrants, users } from '@/db/schema';
import { sessionKey } from '@/lib/auth/storage';
import type { Ctx } from '@/lib/context';
import { getRedis } from '@/lib/redis';
import { parseInput } from '@/lib/validation';
import { loadUser, userScope } from '../access';

const HISTORY = 50;

/**
 * A user's recent sign-ins (the auth_sessions history), each marked live when its key is still in
 * the session store, plus the impersonations of this user. Session tokens never leave the server.
 */
export async function listUserSessions({ ctx, input }: { ctx: Ctx; input: { id: string } }) {
  const scope = userScope(ctx, 'users.read');
  const { id } = parseInput(z.object({ id: z.uuid() }), input);
  const { user, rows, grants } = await scope.run(async (tx) => {
    const user = await loadUser(tx, scope, id);
    const rows = await tx
      .select()
      .from(authSessions)
      .where(and(eq(authSessions.tenantId, user.tenantId), eq(authSessions.userId, user.id)))
      .orderBy(desc(authSessions.createdAt))
      .limit(HISTORY);
    const grants = await tx
      .select({
        id: impersonationGrants.id,
        impersonatorId: impersonationGrants.impersonatorId,
        impersonatorEmail: users.email,
        reason: impersonationGrants.reason,
        createdAt: impersonationGrants.createdAt,
        consumedAt: impersonationGrants.consumedAt,
        expiresAt: impersonationGrants.expiresAt,
        endedAt: impersonationGrants.endedAt,
        endReason: impersonationGrants.endReason,
      })
      .from(impersonationGrants)
      // A tenant admin's RLS hides the root tenant's staff: the impersonator's email is then null.
      .leftJoin(users, eq(users.id, impersonationGrants.impersonatorId))
      .where(and(eq(impersonationGrants.tenantId, user.tenantId), eq(impersonationGrants.targetUserId, user.id)))
      .orderBy(desc(impersonationGrants.createdAt))
      .limit(20);
    return { user, rows, grants };
  });
  const redis = getRedis();
  const now = Date.now();
  const sessions = await Promise.all(
    rows.map(async (s) => ({
      id: s.id,
      createdAt: s.createdAt,
      updatedAt: s.updatedAt,
      expiresAt: s.expiresAt,
      ipAddress: s.ipAddress,
      userAgent: s.userAgent,
      live: s.expiresAt.getTime() > now && (await redis.get(sessionKey(user.tenantId, s.token))) !== null,
    })),
  );
  return {
    sessions,
    impersonations: grants.map((g) => ({ ...g, live: !g.endedAt && g.expiresAt.getTime() > now })),
  };
}
