import { listItemAssignments } from '@/lib/assignments';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { catalogAssignableTypeNames } from '../assignable';
import type { CatalogKindKey } from '../schemas';
import { liveWhere, notFound, parseId, resolveKind, tableOf } from '../store';

/**
 * Where one catalogue item is assigned (ALL, categories, groups, customers), from the engine: the
 * item must be live; the engine's own rule then applies (platform staff with customers.read).
 */
export async function listCatalogItemAssignments({ ctx, input }: { ctx: Ctx; input: { kind: CatalogKindKey; id: string } }) {
  assertPermission(ctx, 'catalog.read');
  const kind = resolveKind(input.kind);
  const id = parseId(input.id);
  const { table, c } = tableOf(kind);
  return platformTx(ctx, async (tx, ctx) => {
    const [row] = await tx.select({ id: c.id }).from(table).where(liveWhere(c, id));
    if (!row) throw notFound(kind);
    return listItemAssignments({ ctx, input: { itemType: catalogAssignableTypeNames[input.kind], itemKey: id } });
  });
}
