import { desc, isNotNull, sql } from 'drizzle-orm';
import { rateImportChanges } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { readProgress } from '@/lib/jobs/progress';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../../access';
import { loadImport } from '../load';
import { importIdSchema } from '../schemas';
import { rateImportChangeView, rateImportView } from '../views';

/** An import with its live progress (while the job runs) and, once ready, the largest changes in %. */
export async function getRateImport({ ctx, input }: { ctx: Ctx; input: InputOf<typeof importIdSchema> }) {
  const scope = await ratesScope(ctx, 'rates.read');
  const { id } = parseInput(importIdSchema, input);
  const { row, largest } = await scope.run(async (tx) => {
    const row = await loadImport(tx, id);
    const largest = await tx
      .select()
      .from(rateImportChanges)
      .where(sql`${rateImportChanges.importId} = ${id} and ${isNotNull(rateImportChanges.changeBp)}`)
      .orderBy(desc(sql`abs(${rateImportChanges.changeBp})`))
      .limit(10);
    return { row, largest };
  });
  const progress = row.status === 'processing' && row.jobId ? await readProgress(row.jobId).catch(() => null) : null;
  return { ...rateImportView(row, progress), largestChanges: largest.map(rateImportChangeView) };
}
