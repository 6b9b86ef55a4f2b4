import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { auditEvents } from '@/db/schema';
import { isSystemActor, type AnyCtx } from '@/lib/context';
import type { AuditAction, AuditEntity } from './names';

type AuditFields = {
  entityId: string;
  before?: unknown;
  after?: unknown;
  /** Defaults to the actor's tenant; staff acting on another tenant pass that tenant. */
  tenantId?: string;
};

/** An entity and one of its actions (lib/audit/names.ts), with the event's fields. */
export type AuditInput = { [E in AuditEntity]: { entity: E; action: AuditAction<E> } & AuditFields }[AuditEntity];

/**
 * Writes the audit event inside the caller's transaction, so the change and its record commit
 * together. A user is recorded by id and role (and impersonator, and the public prefix of the API
 * key a write came through), a system actor by kind and name.
 */
export async function recordAudit(tx: Tx, ctx: AnyCtx, input: AuditInput): Promise<void> {
  const actor = ctx.actor;
  const who = isSystemActor(actor)
    ? { actorKind: 'system', actorId: null, actorRole: 'system', actorName: actor.name, impersonatorId: null, apiKeyPrefix: null }
    : { actorKind: 'user', actorId: actor.userId, actorRole: actor.role, actorName: null, impersonatorId: actor.impersonatorId ?? null, apiKeyPrefix: actor.apiKey?.prefix ?? null };
  await tx.insert(auditEvents).values({
    // A system actor without a tenant records on the root tenant.
    tenantId: input.tenantId ?? actor.tenantId ?? sql`(select id from tenants where is_root)`,
    ...who,
    entity: input.entity,
    entityId: input.entityId,
    action: input.action,
    before: input.before ?? null,
    after: input.after ?? null,
    requestId: ctx.requestId,
    ip: ctx.ip ?? null,
  });
}
