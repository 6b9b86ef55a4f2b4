import type { Tx } from '@/db/client';
import { auditEvents } from '@/db/schema';
import type { Ctx } from '@/lib/context';

export type AuditInput = {
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  /** Defaults to the actor's tenant; staff acting on another tenant pass that tenant. */
  tenantId?: string;
};

/** Writes the audit event inside the caller's transaction, so the change and its record commit together. */
export async function recordAudit(tx: Tx, ctx: Ctx, input: AuditInput): Promise<void> {
  await tx.insert(auditEvents).values({
    tenantId: input.tenantId ?? ctx.actor.tenantId,
    actorId: ctx.actor.userId,
    actorRole: ctx.actor.role,
    impersonatorId: ctx.actor.impersonatorId ?? null,
    entity: input.entity,
    entityId: input.entityId,
    action: input.action,
    before: input.before ?? null,
    after: input.after ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip ?? null,
  });
}
