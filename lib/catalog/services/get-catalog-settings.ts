import { catalogSettings } from '@/db/schema';
import { assertPermission, platformTx, type AnyCtx } from '@/lib/context';
import type { Tx } from '@/db/client';

export const DEFAULT_TRASH_RETENTION_DAYS = 30;

/** The settings row, or the defaults before anyone saved it. */
export async function readCatalogSettings(tx: Tx): Promise<{ trashRetentionDays: number }> {
  const [row] = await tx.select({ trashRetentionDays: catalogSettings.trashRetentionDays }).from(catalogSettings);
  return { trashRetentionDays: row?.trashRetentionDays ?? DEFAULT_TRASH_RETENTION_DAYS };
}

export async function getCatalogSettings({ ctx }: { ctx: AnyCtx; input?: undefined }) {
  assertPermission(ctx, 'catalog.read');
  return platformTx(ctx, (tx) => readCatalogSettings(tx));
}
