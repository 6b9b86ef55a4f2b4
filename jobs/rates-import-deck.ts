import type { Readable } from 'node:stream';
import { systemCtx } from '@/lib/context';
import { getObjectStream } from '@/lib/integrations/r2';
import { rateImportDeckJob } from '@/lib/rates/jobs';
import { processRateImport } from '@/lib/rates/import/process-import';
import { bindJob } from './define';

/** Streams the deck from object storage into the import (lib/rates/import/process-import.ts), reporting progress by bytes read. */
export const ratesImportDeck = bindJob(rateImportDeckJob, async (payload, job) => {
  const ctx = systemCtx('rate-import', payload.tenantId);
  const opened: Readable[] = [];
  try {
    return await processRateImport({
      ctx,
      input: { id: payload.importId },
      source: async (imp) => {
        const { body } = await getObjectStream(imp.fileKey);
        opened.push(body);
        return body;
      },
      progress: (done, total, message) => job.progress(done, total, message),
    });
  } finally {
    for (const body of opened) body.destroy();
  }
});
