import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { keysetPage, parseListQuery, type Page } from '@/lib/pagination';
import type { CatalogRow } from '../kinds';
import type { CatalogKindKey } from '../schemas';
import { resolveKind, tableOf, trashWhere } from '../store';

/** One page of a kind's soft-deleted rows, newest deletion first (the Trash page, one tab per kind). */
export async function listCatalogTrash<K extends CatalogKindKey>({ ctx, input }: { ctx: Ctx; input: { kind: K; query: URLSearchParams } }): Promise<Page<CatalogRow<K>>> {
  assertPermission(ctx, 'catalog.read');
  const kind = resolveKind(input.kind);
  const query = parseListQuery(input.query, kind.trashSpec);
  const { table, c } = tableOf(kind);
  return platformTx(ctx, (tx) => keysetPage(tx, { table, query, where: trashWhere(c) })) as Promise<Page<CatalogRow<K>>>;
}
