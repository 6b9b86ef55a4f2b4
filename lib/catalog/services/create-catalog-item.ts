import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import type { CatalogRow } from '../kinds';
import type { CatalogKindKey, CatalogSchemas } from '../schemas';
import { resolveKind, tableOf, withUniqueErrors } from '../store';

export async function createCatalogItem<K extends CatalogKindKey>({ ctx, input }: { ctx: Ctx; input: { kind: K; values: InputOf<CatalogSchemas[K]> } }): Promise<CatalogRow<K>> {
  assertPermission(ctx, 'catalog.write');
  const kind = resolveKind(input.kind);
  const values = parseInput(kind.schema, input.values);
  const { table } = tableOf(kind);
  return withUniqueErrors(kind, () =>
    platformTx(ctx, async (tx) => {
      const [row] = await tx.insert(table).values(values).returning();
      await recordAudit(tx, ctx, { entity: kind.entity, entityId: row!.id, action: 'create', after: row });
      return row as CatalogRow<K>;
    }),
  );
}
