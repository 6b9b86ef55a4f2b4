import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { keysetPage, parseListQuery, type Page } from '@/lib/pagination';
import type { CatalogRow } from '../kinds';
import type { CatalogKindKey } from '../schemas';
import { liveWhere, resolveKind, tableOf } from '../store';

/** One page of a kind's live rows (keyset; sort name|createdAt, search, the kind's filters). */
export async function listCatalogItems<K extends CatalogKindKey>({ ctx, input }: { ctx: Ctx; input: { kind: K; query: URLSearchParams } }): Promise<Page<CatalogRow<K>>> {
  assertPermission(ctx, 'catalog.read');
  const kind = resolveKind(input.kind);
  const query = parseListQuery(input.query, kind.listSpec);
  const { table, c } = tableOf(kind);
  return platformTx(ctx, (tx) => keysetPage(tx, { table, query, where: liveWhere(c) })) as Promise<Page<CatalogRow<K>>>;
}
