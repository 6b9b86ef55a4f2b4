import { and, eq, gte, lt, lte, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { auditEvents, tenants, users } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { ValidationError, type FieldProblem } from '@/lib/errors';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { auditScope } from './scope';

const name = z.string().trim().min(1).max(100).regex(/^[a-z0-9_.:-]+$/i, { error: 'letters, digits and _ . : - only' });

export const auditListSpec = defineListSpec<'occurredAt', 'tenant' | 'entity' | 'action' | 'actor'>({
  sortable: { occurredAt: auditEvents.occurredAt },
  defaultSort: '-occurredAt',
  filters: {
    tenant: { column: auditEvents.tenantId, schema: z.uuid({ error: 'must be a tenant id' }) },
    entity: { column: auditEvents.entity, schema: name },
    action: { column: auditEvents.action, schema: name },
    actor: { column: auditEvents.actorId, schema: z.uuid({ error: 'must be a user id' }) },
  },
  searchColumns: [auditEvents.entityId],
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A bound of the date range, in UTC: a date (YYYY-MM-DD) covers that whole UTC day, so `to` of a
 * date is exclusive of the next day; a timestamp must carry its offset (no local-time guessing).
 */
function parseBound(raw: string | null, key: 'from' | 'to', problems: FieldProblem[]): { at: Date; wholeDay: boolean } | null {
  if (raw === null || raw === '') return null;
  const wholeDay = DATE.test(raw);
  const at = new Date(wholeDay ? `${raw}T00:00:00Z` : raw);
  if ((!wholeDay && !DATETIME.test(raw)) || Number.isNaN(at.getTime())) {
    problems.push({ path: key, message: 'must be a date (YYYY-MM-DD, UTC) or a timestamp with its offset' });
    return null;
  }
  if (key === 'to' && wholeDay) at.setUTCDate(at.getUTCDate() + 1);
  return { at, wholeDay };
}

/** The extra conditions the list spec cannot express: the UTC date range and "anything about this user". */
function extraConditions(input: URLSearchParams): SQL | undefined {
  const problems: FieldProblem[] = [];
  const from = parseBound(input.get('from'), 'from', problems);
  const to = parseBound(input.get('to'), 'to', problems);
  const rawUser = input.get('user');
  const user = rawUser ? z.uuid().safeParse(rawUser) : null;
  if (user && !user.success) problems.push({ path: 'user', message: 'must be a user id' });
  if (from && to && from.at >= to.at) problems.push({ path: 'to', message: 'must be after from' });
  if (problems.length) throw new ValidationError(problems);
  return and(
    from ? gte(auditEvents.occurredAt, from.at) : undefined,
    to ? (to.wholeDay ? lt(auditEvents.occurredAt, to.at) : lte(auditEvents.occurredAt, to.at)) : undefined,
    user?.success
      ? or(eq(auditEvents.actorId, user.data), eq(auditEvents.impersonatorId, user.data), and(eq(auditEvents.entity, 'user'), eq(auditEvents.entityId, user.data)))
      : undefined,
  );
}

const actor = alias(users, 'actor');
const impersonator = alias(users, 'impersonator');

/** The list row: the event without its before/after documents, with readable names where visible. */
export const auditListColumns = {
  id: auditEvents.id,
  tenantId: auditEvents.tenantId,
  tenantSlug: tenants.slug,
  tenantName: tenants.name,
  /** 'user', or 'system' with the system actor's name in systemActor (e.g. 'demo-jobs'). */
  actorKind: auditEvents.actorKind,
  systemActor: auditEvents.actorName,
  actorId: auditEvents.actorId,
  actorRole: auditEvents.actorRole,
  // Null where RLS hides the actor (platform staff, seen from a tenant) or for the development actor.
  actorEmail: actor.email,
  actorName: actor.name,
  impersonatorId: auditEvents.impersonatorId,
  impersonatorEmail: impersonator.email,
  /** The public prefix of the API key the change came through (null for a session or a system actor). */
  apiKeyPrefix: auditEvents.apiKeyPrefix,
  entity: auditEvents.entity,
  entityId: auditEvents.entityId,
  action: auditEvents.action,
  requestId: auditEvents.requestId,
  ip: auditEvents.ip,
  occurredAt: auditEvents.occurredAt,
};

/**
 * The audit trail, newest first, keyset-paged on (occurred_at, id). Filters: tenant, entity,
 * action, actor (user id), user (anything done by, as, or to that user), from/to (UTC); `q`
 * searches entity ids.
 */
export async function listAuditEvents({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  const run = auditScope(ctx);
  const query = parseListQuery(input, auditListSpec);
  const extra = extraConditions(input);
  return run((tx) =>
    paginate(query, { id: auditEvents.id }, (k) =>
      tx
        .select({ ...auditListColumns, ...k.select })
        .from(auditEvents)
        .innerJoin(tenants, eq(tenants.id, auditEvents.tenantId))
        .leftJoin(actor, eq(actor.id, auditEvents.actorId))
        .leftJoin(impersonator, eq(impersonator.id, auditEvents.impersonatorId))
        .where(and(extra, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
}

export { actor as auditActor, impersonator as auditImpersonator };
