import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import type { CatalogRow } from '../kinds';
import type { CatalogKindKey } from '../schemas';
import { notFound, parseId, resolveKind, tableOf, trashWhere, withUniqueErrors } from '../store';

/**
 * Brings a row back from the Trash. A live row that took its code/name/rank meanwhile makes this a
 * 422 on that field (rename one of them first).
 */
export async function restoreCatalogItem<K extends CatalogKindKey>({ ctx, input }: { ctx: Ctx; input: { kind: K; id: string } }): Promise<CatalogRow<K>> {
  assertPermission(ctx, 'catalog.write');
  const kind = resolveKind(input.kind);
  const id = parseId(input.id);
  const { table, c } = tableOf(kind);
  return withUniqueErrors(kind, () =>
    platformTx(ctx, async (tx) => {
      const [row] = await tx.update(table).set({ deletedAt: null, deletedBy: null }).where(trashWhere(c, id)).returning();
      if (!row) throw notFound(kind);
      await recordAudit(tx, ctx, { entity: kind.entity, entityId: id, action: 'restore', after: row });
      return row as CatalogRow<K>;
    }),
  );
}
