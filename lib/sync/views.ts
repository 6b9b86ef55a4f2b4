import 'server-only';
import { z } from 'zod';
import { syncDirections, syncEntities, syncStatuses, type SyncItemRow } from '@/db/schema';

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
  tenant: z.uuid().optional(),
});
