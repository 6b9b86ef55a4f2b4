import { and, asc, eq, gt, or } from 'drizzle-orm';
import { rateImportErrors, type RateImportErrorRow } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { parseInput } from '@/lib/validation';
import { ratesScope } from '../../access';
import { importIdSchema } from '../schemas';
import { rateImportErrorView } from '../views';
import { loadImport } from '../load';

export const rateImportErrorListSpec = defineListSpec<'row', 'field'>({
  sortable: { row: rateImportErrors.row },
  defaultSort: 'row',
  filters: { field: { column: rateImportErrors.field, values: ['row', 'file', 'code', 'destination', 'rate', 'effectiveDate', 'changeFlag', 'initialIncrement', 'subsequentIncrement', 'currency', 'connectionFee'] } },
  maxLimit: 100,
});

/** The row-level error report of an import, by row (keyset, enforced max). */
export async function listRateImportErrors({ ctx, input }: { ctx: Ctx; input: { id: string; query: URLSearchParams } }) {
  const scope = await ratesScope(ctx, 'rates.read');
  const { id } = parseInput(importIdSchema, { id: input.id });
  const query = parseListQuery(input.query, rateImportErrorListSpec);
  const page = await scope.run(async (tx) => {
    await loadImport(tx, id);
    return paginate(query, { id: rateImportErrors.id }, (k) =>
      tx
        .select({ row: rateImportErrors, ...k.select })
        .from(rateImportErrors)
        .where(and(eq(rateImportErrors.importId, id), query.where, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
  });
  return { ...page, items: page.items.map((i) => rateImportErrorView(i.row)) };
}

const csvCell = (v: string | number) => {
  const s = String(v);
  // A leading = + - @ would run as a formula in a spreadsheet (CSV injection): quote it behind a '.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/**
 * The error report as CSV, streamed: keyset batches of 1000, so memory stays constant however many
 * errors. The permission and the import are checked before the first byte.
 */
export async function rateImportErrorsCsv({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<{ fileName: string; lines: AsyncGenerator<string> }> {
  const scope = await ratesScope(ctx, 'rates.read');
  const { id } = parseInput(importIdSchema, input);
  const imp = await scope.run((tx) => loadImport(tx, id));
  async function* lines() {
    yield 'row,field,value,reason\r\n';
    let after: { row: number; id: number } | null = null;
    for (;;) {
      const cursor: { row: number; id: number } | null = after;
      const batch: RateImportErrorRow[] = await scope.run((tx) =>
        tx
          .select()
          .from(rateImportErrors)
          .where(and(eq(rateImportErrors.importId, id), cursor ? or(gt(rateImportErrors.row, cursor.row), and(eq(rateImportErrors.row, cursor.row), gt(rateImportErrors.id, cursor.id))) : undefined))
          .orderBy(asc(rateImportErrors.row), asc(rateImportErrors.id))
          .limit(1000),
      );
      if (!batch.length) return;
      yield batch.map((e) => [e.row, e.field, e.value, e.reason].map(csvCell).join(',') + '\r\n').join('');
      const last = batch[batch.length - 1]!;
      after = { row: last.row, id: last.id };
    }
  }
  return { fileName: `${imp.fileName.replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9._-]+/g, '_') || 'deck'}-errors.csv`, lines: lines() };
}
