import { sql } from 'drizzle-orm';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import type { CatalogRow } from '../kinds';
import type { CatalogKindKey } from '../schemas';
import { liveWhere, notFound, parseId, resolveKind, tableOf } from '../store';

/** Soft delete: the row moves to the Trash (restorable until the retention passes). */
export async function deleteCatalogItem<K extends CatalogKindKey>({ ctx, input }: { ctx: Ctx; input: { kind: K; id: string } }): Promise<CatalogRow<K>> {
  assertPermission(ctx, 'catalog.write');
  const kind = resolveKind(input.kind);
  const id = parseId(input.id);
  const { table, c } = tableOf(kind);
  return platformTx(ctx, async (tx) => {
    const [row] = await tx
      .update(table)
      .set({ deletedAt: sql`now()`, deletedBy: ctx.actor.userId })
      .where(liveWhere(c, id))
      .returning();
    if (!row) throw notFound(kind);
    await recordAudit(tx, ctx, { entity: kind.entity, entityId: id, action: 'delete', after: { deletedAt: row.deletedAt, deletedBy: row.deletedBy } });
    return row as CatalogRow<K>;
  });
}
