import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { withTenant } from '@/db/client';
import { assertPermission, type Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { visibleTo } from './list-notifications';

export const markNotificationsReadSchema = z
  .object({
    ids: z.array(z.uuid('must be a notification id')).min(1).max(100).optional(),
    all: z.literal(true).optional(),
  })
  .refine((v) => v.ids || v.all, { message: 'give ids or all: true', path: ['ids'] });

/**
 * Marks notifications read for the current user only (read state is per user, the notification is
 * shared by its audience). Ids the user cannot see are ignored, not reported: their existence is
 * not the caller's business. Idempotent.
 */
export async function markNotificationsRead({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<{ marked: number }> {
  assertPermission(ctx, 'system.read');
  const { ids, all } = parseInput(markNotificationsReadSchema, input);
  return withTenant(ctx.actor.tenantId, async (tx) => {
    const only = all
      ? sql``
      : sql`and n.id in (${sql.join(
          ids!.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`;
    const result = await tx.execute(sql`
      insert into notification_reads (tenant_id, notification_id, user_id)
      select n.tenant_id, n.id, ${ctx.actor.userId}::uuid from notifications n
      where ${visibleTo(ctx)} ${only}
      on conflict (notification_id, user_id) do nothing
    `);
    return { marked: (result as unknown as { count: number }).count ?? 0 };
  });
}
