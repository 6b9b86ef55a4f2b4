import 'server-only';
import type { RateImportChangeRow, RateImportErrorRow, RateImportRow } from '@/db/schema';
import type { JobProgress } from '@/lib/jobs/types';
import { unscaleDecimal } from '@/lib/exact-decimal';
import { microToDecimal } from '../money';

export type RateImportView = ReturnType<typeof rateImportView>;
export const rateImportView = (r: RateImportRow, progress: JobProgress | null) => ({
  id: r.id,
  planId: r.planId,
  status: r.status,
  fileName: r.fileName,
  fileBytes: r.fileBytes,
  options: r.options,
  delimiter: r.delimiter,
  encoding: r.encoding,
  versionId: r.versionId,
  baseVersionId: r.baseVersionId,
  rowsTotal: r.rowsTotal,
  rowsStaged: r.rowsStaged,
  rowsRejected: r.rowsRejected,
  errorCount: r.errorCount,
  summary: r.summary,
  failure: r.failure,
  jobId: r.jobId,
  progress: progress ? { done: progress.done, total: progress.total, percent: progress.percent, message: progress.message } : null,
  errorsAccepted: r.errorsAccepted,
  errorsAcceptedAt: r.errorsAcceptedAt?.toISOString() ?? null,
  publishedAt: r.publishedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
});

export type RateImportErrorView = ReturnType<typeof rateImportErrorView>;
export const rateImportErrorView = (e: RateImportErrorRow) => ({ id: e.id, row: e.row, field: e.field, value: e.value, reason: e.reason });

const rate = (micro: number | null) => (micro === null ? null : microToDecimal(micro));
/** basis points of a percent -> "12.50" (exact; null when there is no old rate to compare). */
const percent = (bp: number | null) => (bp === null ? null : unscaleDecimal(bp, 2));

export type RateImportChangeView = ReturnType<typeof rateImportChangeView>;
export const rateImportChangeView = (c: RateImportChangeRow) => ({
  prefix: c.prefix,
  destination: c.destination,
  kind: c.kind,
  oldRate: rate(c.oldRateMicro),
  newRate: rate(c.newRateMicro),
  changePercent: percent(c.changeBp),
});
