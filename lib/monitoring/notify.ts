import type { Tx } from '@/db/client';
import { notifications } from '@/db/schema/monitoring';
import { can, platformRoles, type Role } from '@/lib/auth/permissions';

/** The platform roles that see System Status: the audience of alert notifications. */
export function systemStatusAudience(): Role[] {
  return platformRoles.filter((r) => can(r, 'system.read'));
}

export type NewNotification = {
  tenantId: string;
  userId?: string | null;
  audienceRoles?: readonly Role[] | null;
  severity: 'info' | 'warning' | 'critical';
  title: string;
  body: string;
  href?: string | null;
  /** Creating twice with the same key creates one notification. */
  sourceKey?: string | null;
};

/** Inserts an in-app notification in the caller's transaction; false when its source key exists already. */
export async function createNotification(tx: Tx, n: NewNotification): Promise<boolean> {
  const rows = await tx
    .insert(notifications)
    .values({
      tenantId: n.tenantId,
      userId: n.userId ?? null,
      audienceRoles: n.audienceRoles ? [...n.audienceRoles] : null,
      severity: n.severity,
      title: n.title.slice(0, 200),
      body: n.body.slice(0, 2000),
      href: n.href ?? null,
      sourceKey: n.sourceKey ?? null,
    })
    .onConflictDoNothing({ target: [notifications.tenantId, notifications.sourceKey] })
    .returning({ id: notifications.id });
  return rows.length === 1;
}
