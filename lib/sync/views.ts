import 'server-only';
import { z } from 'zod';
import { syncConflictKinds, syncDirections, syncEntities, syncRunStatuses, syncStatuses, type SyncItemRow, type SyncRunFinding, type SyncRunRow } from '@/db/schema';

/** JSON shapes of the ConnexCS sync (Sync Status page, /api/v1/sync). */

export type SyncItemView = {
  id: string;
  tenantId: string;
  entity: SyncItemRow['entity'];
  entityId: string;
  direction: SyncItemRow['direction'];
  status: SyncItemRow['status'];
  externalId: string | null;
  generation: number;
  syncedGeneration: number;
  attempts: number;
  consecutiveFailures: number;
  lastError: string | null;
  ourValue: Record<string, unknown> | null;
  theirValue: Record<string, unknown> | null;
  conflictKind: SyncItemRow['conflictKind'];
  lastAttemptAt: string | null;
  lastSyncedAt: string | null;
  updatedAt: string;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function syncItemView(r: SyncItemRow): SyncItemView {
  return {
    id: r.id,
    tenantId: r.tenantId,
    entity: r.entity,
    entityId: r.entityId,
    direction: r.direction,
    status: r.status,
    externalId: r.externalId,
    generation: r.generation,
    syncedGeneration: r.syncedGeneration,
    attempts: r.attempts,
    consecutiveFailures: r.consecutiveFailures,
    lastError: r.lastError,
    ourValue: r.ourValue ?? null,
    theirValue: r.theirValue ?? null,
    conflictKind: r.conflictKind ?? null,
    lastAttemptAt: iso(r.lastAttemptAt),
    lastSyncedAt: iso(r.lastSyncedAt),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export const syncItemResponse = z.object({
  id: z.uuid(),
  tenantId: z.uuid(),
  entity: z.enum(syncEntities),
  entityId: z.uuid(),
  direction: z.enum(syncDirections),
  status: z.enum(syncStatuses),
  externalId: z.string().nullable().meta({ description: 'The record’s ConnexCS id, once known' }),
  generation: z.number().int().meta({ description: 'Bumped by every write of the record' }),
  syncedGeneration: z.number().int().meta({ description: 'Generation last pushed successfully' }),
  attempts: z.number().int(),
  consecutiveFailures: z.number().int(),
  lastError: z.string().nullable(),
  ourValue: z.record(z.string(), z.unknown()).nullable(),
  theirValue: z.record(z.string(), z.unknown()).nullable(),
  conflictKind: z.enum(syncConflictKinds).nullable().meta({ description: 'Set while in conflict: changed on ConnexCS only (found by the pull), on both sides (found by a push), or deleted there' }),
  lastAttemptAt: z.string().nullable(),
  lastSyncedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export const syncItemPageResponse = z.object({ items: z.array(syncItemResponse), pageInfo: z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number().int() }) });
export const syncItemListQuery = z.object({
  q: z.string().optional(),
  sort: z.string().optional(),
  cursor: z.string().optional(),
  limit: z.string().optional(),
  status: z.enum(syncStatuses).optional(),
  entity: z.enum(syncEntities).optional(),
  entityId: z.uuid().optional().meta({ description: 'Only the item of this record (a customer account or carrier id)' }),
  tenant: z.uuid().optional(),
});

export type SyncRunView = {
  id: string;
  kind: SyncRunRow['kind'];
  status: SyncRunRow['status'];
  examined: number;
  unchanged: number;
  conflicts: number;
  failed: number;
  findings: SyncRunFinding[];
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
};

export function syncRunView(r: SyncRunRow): SyncRunView {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    examined: r.examined,
    unchanged: r.unchanged,
    conflicts: r.conflicts,
    failed: r.failed,
    findings: r.findings,
    error: r.error,
    startedAt: r.startedAt.toISOString(),
    finishedAt: iso(r.finishedAt),
  };
}

export const syncRunResponse = z.object({
  id: z.uuid(),
  kind: z.enum(['pull']),
  status: z.enum(syncRunStatuses),
  examined: z.number().int().meta({ description: 'Records compared with their ConnexCS company' }),
  unchanged: z.number().int(),
  conflicts: z.number().int().meta({ description: 'Records found changed or deleted on ConnexCS (now in conflict)' }),
  failed: z.number().int(),
  findings: z
    .array(z.object({ tenantId: z.uuid(), entity: z.enum(syncEntities), entityId: z.uuid(), itemId: z.uuid(), outcome: z.enum(['conflict', 'failed']), detail: z.string() }))
    .meta({ description: 'Each conflict and failure of the run (at most 500)' }),
  error: z.string().nullable().meta({ description: 'Why the run failed as a whole (ConnexCS unreachable ...)' }),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export const syncRunPageResponse = z.object({ items: z.array(syncRunResponse), pageInfo: z.object({ nextCursor: z.string().nullable(), prevCursor: z.string().nullable(), limit: z.number().int() }) });
export const syncRunListQuery = z.object({ cursor: z.string().optional(), limit: z.string().optional(), sort: z.string().optional(), status: z.enum(syncRunStatuses).optional() });
export const resolveSyncConflictBody = z
  .object({ keep: z.enum(['ours', 'theirs'], { error: 'choose ours (push our value to ConnexCS) or theirs (take the ConnexCS value here)' }) })
  .strict()
  .meta({ description: 'Which side wins: ours is pushed to ConnexCS; theirs is written to our record (which is then pushed, and matches)' });
export const pullNowResponse = z.object({ jobId: z.string(), queued: z.boolean() });
