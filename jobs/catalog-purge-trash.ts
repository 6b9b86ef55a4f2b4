import { catalogPurgeTrashJob } from '@/lib/catalog/jobs';
import { purgeCatalogTrash } from '@/lib/catalog/services/purge-catalog-trash';
import { systemCtx } from '@/lib/context';
import { bindJob } from './define';

/**
 * Purges the catalogue's Trash past its retention, one transaction per batch; a retry simply
 * continues (purged rows are gone, the rest are still due).
 */
export const catalogPurgeTrash = bindJob(catalogPurgeTrashJob, async (payload, job) => {
  const ctx = systemCtx('catalog-trash');
  let purged = 0;
  for (;;) {
    const batch = await purgeCatalogTrash({ ctx, input: { limit: payload.batchSize } });
    purged += batch.purged;
    await job.progress(purged, purged + batch.remaining, `Purged ${purged} (retention ${batch.retentionDays} days)`);
    if (batch.purged === 0 || batch.remaining === 0) return { purged, retentionDays: batch.retentionDays };
  }
});
