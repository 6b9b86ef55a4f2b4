import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { rateImports, ratePlanVersions, type RateImportRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type AnyCtx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { applyImportRules } from '../import-rules/apply';
import { loadRuleSet, rulesOf } from '../import-rules/services/load';
import { loadPlan } from '../services/load';
import { DeckRefusal, readCsv } from './csv-reader';
import { readXlsx, sniffDeck, type DeckRecord } from './xlsx-reader';
import { mapHeader, parseDeckRow, type RowProblem, type StagedRow } from './deck-row';

/** Rows per staging statement: one JSON parameter each, so memory stays at one batch. */
export const STAGE_BATCH = 5000;
/** A record longer than this refuses the file (a deck row is a few hundred characters). */
export const MAX_RECORD_CHARS = 64 * 1024;
/** Problems stored per import (the count goes on): a wrong file must not write millions of rows. */
export const MAX_STORED_ERRORS = 100_000;

export type ImportProgress = (done: number, total: number | null, message: string) => Promise<void>;

const cut = (s: string) => s.replace(/\u0000/g, '').slice(0, 200);

async function insertProblems(tx: Tx, imp: RateImportRow, problems: RowProblem[]): Promise<void> {
  if (!problems.length) return;
  const json = JSON.stringify(problems.map((p) => ({ row: p.row, field: p.field, value: cut(p.value), reason: cut(p.reason) })));
  await tx.execute(sql`
    insert into rate_import_errors (tenant_id, import_id, row, field, value, reason)
    select ${imp.tenantId}, ${imp.id}, x.row, x.field, x.value, x.reason
      from jsonb_to_recordset(${json}::jsonb) as x(row int, field text, value text, reason text)`);
}

async function stage(tx: Tx, rows: StagedRow[]): Promise<void> {
  if (!rows.length) return;
  const json = JSON.stringify(rows.map((r) => [r.row, r.prefix, r.destination, r.rateMicro, r.connectionFeeMicro, r.initialIncrement, r.subsequentIncrement, r.effectiveFrom.toISOString(), r.flag]));
  await tx.execute(sql`
    insert into deck_rows
    select (x->>0)::int, x->>1, x->>2, (x->>3)::bigint, (x->>4)::bigint, (x->>5)::int, (x->>6)::int, (x->>7)::timestamptz, x->>8
      from jsonb_array_elements(${json}::jsonb) as x`);
}

async function* counted(source: AsyncIterable<Uint8Array>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) {
    onBytes(chunk.length);
    yield chunk;
  }
}

type Outcome = { status: 'ready' | 'failed'; failure?: string };

/**
 * The deck import job's work (jobs/rates-import-deck.ts): in ONE transaction, streams the deck from
 * `source` through the CSV reader into a temporary staging table in batches, records each row's
 * problems, refuses duplicates (same prefix and date) in SQL, replaces an earlier unpublished import
 * draft, creates the draft version with the good rows (a later date of a prefix ends the earlier
 * one) and computes the change set against the live version in SQL. A refusal of the whole file
 * (empty, missing column, oversized record) marks the import failed with its row and field; any
 * other error rolls everything back and the job retries. The live version is never touched.
 */
export async function processRateImport({ ctx, input, source, progress }: { ctx: AnyCtx; input: { id: string }; source: (imp: RateImportRow) => Promise<AsyncIterable<Uint8Array>>; progress?: ImportProgress }): Promise<Outcome> {
  assertPermission(ctx, 'rates.write');
  const imp = await platformTx(ctx, async (tx) => {
    const [row] = await tx.select().from(rateImports).where(eq(rateImports.id, input.id)).for('update');
    if (!row) throw new NotFoundError('Rate import not found');
    if (row.status !== 'uploaded' && row.status !== 'processing') return null;
    await tx.update(rateImports).set({ status: 'processing' }).where(eq(rateImports.id, row.id));
    return row;
  });
  if (!imp) return { status: 'ready' };
  try {
    return await platformTx(ctx, (tx, ctx) => parseIntoDraft(tx, ctx, imp, source, progress));
  } catch (error) {
    if (!(error instanceof DeckRefusal)) throw error;
    await platformTx(ctx, async (tx, ctx) => {
      await tx.execute(sql`delete from rate_import_errors where import_id = ${imp.id}`);
      await insertProblems(tx, imp, [{ row: error.row, field: error.field, value: error.value, reason: error.message }]);
      await tx.update(rateImports).set({ status: 'failed', failure: error.message, errorCount: 1 }).where(eq(rateImports.id, imp.id));
      await recordAudit(tx, ctx, { entity: 'rate_import', entityId: imp.id, action: 'fail', after: { failure: error.message, row: error.row, field: error.field }, tenantId: imp.tenantId });
    });
    return { status: 'failed', failure: error.message };
  }
}

async function parseIntoDraft(tx: Tx, ctx: AnyCtx, imp: RateImportRow, open: (imp: RateImportRow) => Promise<AsyncIterable<Uint8Array>>, progress?: ImportProgress): Promise<Outcome> {
  const plan = await loadPlan(tx, imp.planId, true);
  await tx.execute(sql`delete from rate_import_errors where import_id = ${imp.id}`);
  await tx.execute(sql`
    create temporary table deck_rows (row int, prefix text, destination text, rate_micro bigint, connection_fee_micro bigint,
      initial_increment int, subsequent_increment int, effective_from timestamptz, flag text, blocked boolean not null default false) on commit drop`);
  const options = imp.options;
  let bytes = 0;
  const deck = await sniffDeck(counted(await open(imp), (n) => (bytes += n)));
  const reader = deck.format === 'xlsx' ? readXlsx(deck.source, { maxRecordChars: MAX_RECORD_CHARS }) : readCsv(deck.source, { delimiter: options.delimiter, encoding: options.encoding, maxRecordChars: MAX_RECORD_CHARS });
  const rules = {
    currency: plan.currency,
    precision: plan.precision,
    dateOrder: options.dateOrder,
    defaultEffectiveFrom: options.defaultEffectiveFrom ? new Date(options.defaultEffectiveFrom) : new Date(Date.UTC(imp.createdAt.getUTCFullYear(), imp.createdAt.getUTCMonth(), imp.createdAt.getUTCDate())),
  };
  let map: ReturnType<typeof mapHeader> | null = null;
  let batch: StagedRow[] = [];
  let problems: RowProblem[] = [];
  let rowsTotal = 0;
  let rejected = 0;
  let errorCount = 0;
  let stored = 0;
  const flush = async () => {
    await stage(tx, batch);
    const room = Math.max(0, MAX_STORED_ERRORS - stored);
    await insertProblems(tx, imp, problems.slice(0, room));
    stored += Math.min(room, problems.length);
    batch = [];
    problems = [];
    await progress?.(bytes, imp.fileBytes || null, `${rowsTotal.toLocaleString('en')} rows read`);
  };
  let fieldOfColumn = new Map<number, string>();
  for await (const record of reader.records() as AsyncGenerator<DeckRecord>) {
    if (!map) {
      map = mapHeader(record.fields, options.mapping, reader.delimiter ?? ',');
      fieldOfColumn = new Map(Object.entries(map).map(([field, column]) => [column, field]));
      continue;
    }
    rowsTotal++;
    // An XLSX cell the import cannot read (a formula, an error value) in a column it uses rejects the row.
    const unreadable = (record.cellProblems ?? []).filter((p) => fieldOfColumn.has(p.column)).map((p) => ({ row: record.row, field: fieldOfColumn.get(p.column)!, value: p.value, reason: p.reason }));
    const parsed = unreadable.length ? { problems: unreadable } : parseDeckRow(record.row, record.fields, map, rules);
    if ('ok' in parsed) batch.push(parsed.ok);
    else {
      rejected++;
      errorCount += parsed.problems.length;
      problems.push(...parsed.problems);
    }
    if (batch.length + problems.length >= STAGE_BATCH) await flush();
  }
  if (rowsTotal === 0) throw new DeckRefusal('the file has a header but no rates', 2, 'file');
  await flush();

  // The same prefix twice from the same date: the first row wins, the others are reported.
  const dups = await tx.execute<{ n: number }>(sql`
    with d as (
      select row, prefix, effective_from, min(row) over (partition by prefix, effective_from) as first_row from deck_rows
    ), bad as (
      delete from deck_rows using d where deck_rows.row = d.row and d.row <> d.first_row returning d.row, d.prefix, d.effective_from, d.first_row
    ), ins as (
      insert into rate_import_errors (tenant_id, import_id, row, field, value, reason)
      select ${imp.tenantId}, ${imp.id}, row, 'code', prefix, 'duplicates row ' || first_row || ': the same prefix from the same effective date (overlapping dates)' from bad
      returning 1
    ) select count(*)::int as n from ins`);
  const duplicates = Number(dups[0]?.n ?? 0);
  rejected += duplicates;
  errorCount += duplicates;
  const closedResult = await tx.execute<{ n: number }>(sql`with c as (delete from deck_rows where flag = 'closed' returning 1) select count(*)::int as n from c`);
  const closed = Number(closedResult[0]?.n ?? 0);

  // One draft per plan: an earlier import's unpublished draft gives way; a hand-made draft does not.
  const [draft] = await tx.select().from(ratePlanVersions).where(and(eq(ratePlanVersions.planId, plan.id), eq(ratePlanVersions.status, 'draft')));
  if (draft) {
    const [owner] = await tx.select({ id: rateImports.id }).from(rateImports).where(and(eq(rateImports.versionId, draft.id), eq(rateImports.status, 'ready')));
    if (!owner) throw new DeckRefusal(`plan ${plan.name} already has a draft (version ${draft.number}) made by hand: publish or delete it before importing`, 1, 'file');
    await tx.update(rateImports).set({ status: 'superseded' }).where(eq(rateImports.id, owner.id));
    await tx.delete(ratePlanVersions).where(eq(ratePlanVersions.id, draft.id));
  }
  const [live] = await tx.select().from(ratePlanVersions).where(and(eq(ratePlanVersions.planId, plan.id), eq(ratePlanVersions.status, 'published')));
  // The plan's supplier import rules (buy plans): breaches recorded, rejected rows out, blocked rows blocked.
  const ruleSet = plan.importRuleSetId ? await loadRuleSet(tx, plan.importRuleSetId) : null;
  const breaches = ruleSet
    ? await applyImportRules(tx, { tenantId: imp.tenantId, importId: imp.id, liveVersionId: live?.id ?? null, receivedAt: imp.createdAt, rules: await rulesOf(tx, ruleSet.id) })
    : { alert: 0, reject: 0, block: 0 };
  const [numbered] = await tx.execute<{ n: number }>(sql`select coalesce(max(number), 0)::int + 1 as n from rate_plan_versions where plan_id = ${plan.id}`);
  const [version] = await tx
    .insert(ratePlanVersions)
    .values({ tenantId: plan.tenantId, planId: plan.id, number: Number(numbered!.n), notes: `Imported from ${imp.fileName}`.slice(0, 4000) })
    .returning();
  await progress?.(bytes, imp.fileBytes || null, 'writing the draft');
  const staged = await tx.execute<{ n: number }>(sql`
    with ins as (
      insert into rate_plan_rows (tenant_id, version_id, prefix, destination, rate_micro, connection_fee_micro, initial_increment,
                                  subsequent_increment, effective_from, effective_to, blocked)
      select ${plan.tenantId}, ${version!.id}, prefix, destination, rate_micro, connection_fee_micro, initial_increment, subsequent_increment,
             effective_from, lead(effective_from) over (partition by prefix order by effective_from), blocked
        from deck_rows
      returning 1
    ) select count(*)::int as n from ins`);
  const rowsStaged = Number(staged[0]?.n ?? 0);

  await progress?.(bytes, imp.fileBytes || null, 'computing the change set');
  await tx.execute(sql`delete from rate_import_changes where import_id = ${imp.id}`);
  // The rate of a prefix is its latest row in each version; the change set keeps every prefix that
  // is new, removed, increased or decreased (unchanged ones are only counted).
  const counts = await tx.execute<{ kind: string; n: number }>(sql`
    with n as (
      select distinct on (prefix) prefix, destination, rate_micro from deck_rows order by prefix, effective_from desc
    ), o as (
      select distinct on (prefix) prefix, destination, rate_micro from rate_plan_rows
       where version_id = ${live?.id ?? null}::uuid order by prefix, effective_from desc
    ), c as (
      select coalesce(n.prefix, o.prefix) as prefix, coalesce(n.destination, o.destination) as destination,
             case when o.prefix is null then 'new' when n.prefix is null then 'removed'
                  when n.rate_micro > o.rate_micro then 'increased' when n.rate_micro < o.rate_micro then 'decreased' else 'unchanged' end as kind,
             o.rate_micro as old_rate, n.rate_micro as new_rate,
             case when o.rate_micro > 0 and n.rate_micro is not null then (n.rate_micro - o.rate_micro) * 10000 / o.rate_micro end as bp
        from n full join o on o.prefix = n.prefix
    ), ins as (
      insert into rate_import_changes (tenant_id, import_id, prefix, destination, kind, old_rate_micro, new_rate_micro, change_bp)
      select ${imp.tenantId}, ${imp.id}, prefix, destination, kind, old_rate, new_rate, bp from c where kind <> 'unchanged'
      returning 1
    ) select kind, count(*)::int as n from c group by kind`);
  const summary = { counts: { new: 0, removed: 0, increased: 0, decreased: 0, unchanged: 0 } as Record<string, number>, closed, ruleSet: ruleSet ? { id: ruleSet.id, name: ruleSet.name } : null, breaches };
  for (const c of counts) summary.counts[c.kind] = Number(c.n);

  await tx
    .update(rateImports)
    .set({
      status: 'ready',
      delimiter: reader.delimiter,
      encoding: reader.encoding,
      versionId: version!.id,
      baseVersionId: live?.id ?? null,
      rowsTotal,
      rowsStaged,
      rowsRejected: rejected,
      errorCount,
      summary,
      failure: null,
    })
    .where(eq(rateImports.id, imp.id));
  await recordAudit(tx, ctx, {
    entity: 'rate_import',
    entityId: imp.id,
    action: 'process',
    after: { versionId: version!.id, baseVersionId: live?.id ?? null, rowsTotal, rowsStaged, rowsRejected: rejected, errorCount, summary },
    tenantId: imp.tenantId,
  });
  await progress?.(imp.fileBytes, imp.fileBytes || null, `${rowsStaged.toLocaleString('en')} rows in the draft`);
  return { status: 'ready' };
}
