import { sql } from 'drizzle-orm';
import { catalogSettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { trashRetentionSchema } from '../schemas';
import { readCatalogSettings } from './get-catalog-settings';

/** Sets the Trash retention in days (1-3650); the next purge run applies it. */
export async function updateCatalogSettings({ ctx, input }: { ctx: Ctx; input: InputOf<typeof trashRetentionSchema> }) {
  assertPermission(ctx, 'catalog.write');
  const { trashRetentionDays } = parseInput(trashRetentionSchema, input);
  return platformTx(ctx, async (tx) => {
    const before = await readCatalogSettings(tx);
    await tx
      .insert(catalogSettings)
      .values({ id: true, trashRetentionDays })
      .onConflictDoUpdate({ target: catalogSettings.id, set: { trashRetentionDays, updatedAt: sql`now()` } });
    const after = { trashRetentionDays };
    await recordAudit(tx, ctx, { entity: 'catalog_settings', entityId: 'trash-retention', action: 'update', before, after });
    return after;
  });
}
