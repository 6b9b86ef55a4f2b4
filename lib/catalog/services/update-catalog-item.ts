import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import type { CatalogRow } from '../kinds';
import { catalogUpdateSchemas, type CatalogKindKey } from '../schemas';
import { liveWhere, notFound, parseId, resolveKind, tableOf, withUniqueErrors } from '../store';

/** Changes any subset of a live row's fields; a row in the Trash is not found. */
export async function updateCatalogItem<K extends CatalogKindKey>({
  ctx,
  input,
}: {
  ctx: Ctx;
  input: { kind: K; id: string; changes: InputOf<(typeof catalogUpdateSchemas)[K]> };
}): Promise<CatalogRow<K>> {
  assertPermission(ctx, 'catalog.write');
  const kind = resolveKind(input.kind);
  const id = parseId(input.id);
  const changes = parseInput(catalogUpdateSchemas[input.kind] as (typeof catalogUpdateSchemas)[CatalogKindKey], input.changes) as Record<string, unknown>;
  const { table, c } = tableOf(kind);
  return withUniqueErrors(kind, () =>
    platformTx(ctx, async (tx) => {
      const [before] = await tx.select().from(table).where(liveWhere(c, id)).for('update');
      if (!before) throw notFound(kind);
      if (Object.keys(changes).length === 0) return before as CatalogRow<K>;
      const [after] = await tx.update(table).set(changes).where(liveWhere(c, id)).returning();
      await recordAudit(tx, ctx, { entity: kind.entity, entityId: id, action: 'update', before, after });
      return after as CatalogRow<K>;
    }),
  );
}
