import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import type { NotificationItem, NotificationList } from '../types';

const inputSchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  unreadOnly: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

/** Notifications addressed to this user, or to every user of the tenant with the user's role. */
export function visibleTo(ctx: Ctx) {
  return sql`n.tenant_id = ${ctx.actor.tenantId}::uuid and (n.user_id = ${ctx.actor.userId}::uuid or n.audience_roles @> array[${ctx.actor.role}::text])`;
}

/** Only recent notifications count as unread: the bell is not an archive. */
export const UNREAD_DAYS = 30;

/**
 * The header bell: the current user's latest notifications (read state per user) and how many are
 * unread. Runs in the user's tenant (RLS), so nothing of another tenant can appear.
 */
export async function listNotifications({ ctx, input = {} }: { ctx: Ctx; input?: { limit?: string | number | null; unreadOnly?: string | null } }): Promise<NotificationList> {
  assertPermission(ctx, 'system.read');
  const { limit, unreadOnly } = parseInput(inputSchema, { limit: input.limit ?? undefined, unreadOnly: input.unreadOnly ?? undefined });
  return tenantTx(ctx, ctx.actor.tenantId, async (tx) => {
    const rows = (await tx.execute(sql`
      select n.id, n.severity, n.title, n.body, n.href, n.created_at, r.read_at
      from notifications n
      left join notification_reads r on r.notification_id = n.id and r.user_id = ${ctx.actor.userId}::uuid
      where ${visibleTo(ctx)} ${unreadOnly ? sql`and r.read_at is null` : sql``}
      order by n.created_at desc, n.id desc
      limit ${limit}
    `)) as unknown as Array<{ id: string; severity: NotificationItem['severity']; title: string; body: string; href: string | null; created_at: string | Date; read_at: string | Date | null }>;
    const [count] = (await tx.execute(sql`
      select count(*)::int as unread
      from notifications n
      where ${visibleTo(ctx)} and n.created_at > now() - make_interval(days => ${UNREAD_DAYS})
        and not exists (select 1 from notification_reads r where r.notification_id = n.id and r.user_id = ${ctx.actor.userId}::uuid)
    `)) as unknown as Array<{ unread: number }>;
    return {
      items: rows.map((r) => ({
        id: r.id,
        severity: r.severity,
        title: r.title,
        body: r.body,
        href: r.href,
        createdAt: new Date(r.created_at).toISOString(),
        read: r.read_at !== null,
      })),
      unread: count?.unread ?? 0,
    };
  });
}
