import { and, count, inArray, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type AnyCtx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { catalogKinds } from '../kinds';
import { catalogKindKeys } from '../schemas';
import { tableOf } from '../store';
import { readCatalogSettings } from './get-catalog-settings';

export const purgeCatalogTrashSchema = z.object({
  /** Rows hard-deleted per call at most (across kinds): one transaction per batch. */
  limit: z.number().int().min(1).max(1000).default(200),
});

/**
 * One batch of the retention purge: hard-deletes up to `limit` rows that have been in the Trash
 * longer than the retention, each with a `purge` audit event (the row as it was). Returns how many
 * it removed and how many are still due, so the job (catalog.purge-trash) loops with progress.
 * Rows are locked with SKIP LOCKED: a restore running at the same time wins its row.
 */
export async function purgeCatalogTrash({ ctx, input }: { ctx: AnyCtx; input: InputOf<typeof purgeCatalogTrashSchema> }) {
  assertPermission(ctx, 'catalog.write');
  const { limit } = parseInput(purgeCatalogTrashSchema, input);
  return platformTx(ctx, async (tx) => {
    const { trashRetentionDays } = await readCatalogSettings(tx);
    const cutoff = sql`now() - make_interval(days => ${trashRetentionDays})`;
    let purged = 0;
    let remaining = 0;
    for (const key of catalogKindKeys) {
      const kind = catalogKinds[key];
      const { table, c } = tableOf(kind);
      const due = and(sql`${c.deletedAt} is not null`, lt(c.deletedAt, cutoff));
      if (purged < limit) {
        const ids = await tx
          .select({ id: c.id })
          .from(table)
          .where(due)
          .orderBy(c.deletedAt, c.id)
          .limit(limit - purged)
          .for('update', { skipLocked: true });
        if (ids.length) {
          const rows = await tx
            .delete(table)
            .where(inArray(c.id, ids.map((r) => r.id as string)))
            .returning();
          for (const row of rows) await recordAudit(tx, ctx, { entity: kind.entity, entityId: row.id as string, action: 'purge', before: row });
          purged += rows.length;
        }
      }
      const [left] = await tx.select({ n: count() }).from(table).where(due);
      remaining += left?.n ?? 0;
    }
    return { purged, remaining, retentionDays: trashRetentionDays };
  });
}
