import { eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { rateImports } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { uploadStream } from '@/lib/integrations/r2';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { parseInput, type InputOf } from '@/lib/validation';
import { ratesScope } from '../../access';
import { loadPlan } from '../../services/load';
import { MAX_DECK_BYTES, startImportSchema } from '../schemas';
import { XLSX_TYPE } from '../xlsx-reader';
import { rateImportView, type RateImportView } from '../views';

/** Counts bytes and refuses past the cap while the upload streams (CSV or XLSX: the job tells them apart by their bytes). */
function guard(onBytes: (n: number) => void): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      total += chunk.length;
      if (total > MAX_DECK_BYTES) return done(new ValidationError([{ path: 'file', message: `the file is larger than ${MAX_DECK_BYTES / 1024 / 1024} MB` }]));
      onBytes(total);
      done(null, chunk);
    },
  });
}

/**
 * Starts a deck import: streams the uploaded body to object storage (never buffered whole), records
 * the import and enqueues the job `rates.import-deck` that parses it (in the same transaction as the
 * import row and its audit event). The live plan is not touched.
 */
export async function startRateImport({ ctx, input, body }: { ctx: Ctx; input: InputOf<typeof startImportSchema>; body: Readable }): Promise<RateImportView> {
  const scope = await ratesScope(ctx, 'rates.write');
  const data = parseInput(startImportSchema, input);
  const plan = await scope.run((tx) => loadPlan(tx, data.planId));
  const id = randomUUID();
  const safeName = data.fileName.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 100) || 'deck.csv';
  const key = `rate-imports/${plan.tenantId}/${id}/${safeName}`;
  let bytes = 0;
  const guarded = body.pipe(guard((n) => (bytes = n)));
  body.on('error', (e) => guarded.destroy(e));
  // The stored object's type is a label; the job reads the bytes to tell XLSX from CSV.
  await uploadStream(key, guarded, /\.xlsx$/i.test(data.fileName) ? XLSX_TYPE : 'text/csv');
  if (bytes === 0) throw new ValidationError([{ path: 'file', message: 'the file is empty: upload a deck with a header row and at least one rate' }]);
  return scope.run(async (tx, ctx) => {
    const [row] = await tx
      .insert(rateImports)
      .values({ id, tenantId: plan.tenantId, planId: plan.id, fileName: data.fileName, fileKey: key, fileBytes: bytes, options: data.options, createdBy: ctx.actor.userId })
      .returning();
    const job = await enqueueJob('rates.import-deck', { importId: id, tenantId: plan.tenantId }, { db: tx });
    const [withJob] = await tx.update(rateImports).set({ jobId: job.id }).where(eqId(id)).returning();
    await recordAudit(tx, ctx, { entity: 'rate_import', entityId: id, action: 'create', after: { ...row, jobId: job.id }, tenantId: plan.tenantId });
    return rateImportView(withJob!, null);
  });
}

const eqId = (id: string) => eq(rateImports.id, id);
