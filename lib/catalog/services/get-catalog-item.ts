import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import type { CatalogRow } from '../kinds';
import type { CatalogKindKey } from '../schemas';
import { liveWhere, notFound, parseId, resolveKind, tableOf } from '../store';

/** One live row of a kind; a row in the Trash is not found (restore it first). */
export async function getCatalogItem<K extends CatalogKindKey>({ ctx, input }: { ctx: Ctx; input: { kind: K; id: string } }): Promise<CatalogRow<K>> {
  assertPermission(ctx, 'catalog.read');
  const kind = resolveKind(input.kind);
  const id = parseId(input.id);
  const { table, c } = tableOf(kind);
  return platformTx(ctx, async (tx) => {
    const [row] = await tx.select().from(table).where(liveWhere(c, id));
    if (!row) throw notFound(kind);
    return row as CatalogRow<K>;
  });
}
