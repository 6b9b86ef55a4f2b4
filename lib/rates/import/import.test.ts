import { eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { withPlatform } from '@/db/client';
import { rateImports, ratePlanRows, ratePlanVersions } from '@/db/schema';
import { systemCtx, type Ctx } from '@/lib/context';
import { createUser, ctxOf, tenantIdOf } from '@/tests/actors';
import {
  acceptRateImportErrors,
  addRateRows,
  createDraftVersion,
  createImportRuleSet,
  createRatePlan,
  deleteImportRuleSet,
  getImportRuleSet,
  getRateImport,
  listImportRuleSets,
  listRateImportBreaches,
  listRateImportChanges,
  listRateImportErrors,
  listRateRows,
  processRateImport,
  publishRateImport,
  publishRatePlanVersion,
  rateImportErrorsCsv,
  updateImportRuleSet,
  updateRatePlan,
} from '../index';
import { readCsv } from './csv-reader';
import { parseDeckDate } from './dates';

/**
 * Deck imports against PostgreSQL: every bad-input class of issue 13 is refused or reported with
 * its row and field, and the live version never changes; the change set and the publish rules.
 */

let acmeId: string;
let staff: Ctx;
let n = 0;
const T0 = '2026-01-01T00:00:00Z';
const job = systemCtx('rate-import');

async function error(promise: Promise<unknown>) {
  return (await promise.then(
    () => null,
    (e: unknown) => e,
  )) as { status?: number; message?: string } | null;
}

/** A plan with a live version holding 44 (0.0100), 4420 (0.0200), 49 (0.0300). */
async function livePlan(over: Record<string, unknown> = {}) {
  const plan = await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: `Import ${Date.now().toString(36)}-${n++}`, kind: 'buy', currency: 'EUR', ...over } as never });
  const draft = await createDraftVersion({ ctx: staff, input: { planId: plan.id } });
  await addRateRows({
    ctx: staff,
    input: {
      versionId: draft.id,
      rows: [
        { prefix: '44', destination: 'UK', rate: '0.01', effectiveFrom: T0 },
        { prefix: '4420', destination: 'UK London', rate: '0.02', effectiveFrom: T0 },
        { prefix: '49', destination: 'Germany', rate: '0.03', effectiveFrom: T0 },
      ] as never,
    },
  });
  const live = await publishRatePlanVersion({ ctx: staff, input: { id: draft.id } });
  return { plan, live };
}

async function liveRows(versionId: string) {
  return withPlatform((tx) => tx.select({ prefix: ratePlanRows.prefix, rate: ratePlanRows.rateMicro }).from(ratePlanRows).where(eq(ratePlanRows.versionId, versionId)).orderBy(ratePlanRows.prefix));
}

/** Records an import of `bytes` (as the upload would) and runs the job's work on it. */
async function runImport(planId: string, bytes: Buffer | string | Buffer[], options: Record<string, unknown> = {}) {
  const chunks = Array.isArray(bytes) ? bytes : [Buffer.from(bytes as string)];
  const size = chunks.reduce((s, c) => s + c.length, 0);
  const [row] = await withPlatform((tx) =>
    tx
      .insert(rateImports)
      .values({
        tenantId: acmeId,
        planId,
        fileName: 'deck.csv',
        fileKey: `test/${n++}`,
        fileBytes: size,
        options: { mapping: {}, delimiter: 'auto', encoding: 'auto', dateOrder: 'auto', defaultEffectiveFrom: '2026-07-01T00:00:00Z', ...options } as never,
      })
      .returning(),
  );
  const outcome = await processRateImport({
    ctx: job,
    input: { id: row!.id },
    source: async () =>
      (async function* () {
        for (const c of chunks) yield c;
      })(),
  });
  const imp = await getRateImport({ ctx: staff, input: { id: row!.id } });
  const errors = await listRateImportErrors({ ctx: staff, input: { id: row!.id, query: new URLSearchParams('limit=100') } });
  return { outcome, imp, errors: errors.items };
}

beforeAll(async () => {
  acmeId = await tenantIdOf('acme');
  staff = await ctxOf(await createUser('didtron', 'super_admin'), 'didtron');
});

const HEADER = 'code,destination,rate,effective date,change\n';

describe('the CSV reader', () => {
  it('reads quotes, escaped quotes, CRLF and a record split across chunks', async () => {
    const reader = readCsv(
      (async function* () {
        yield Buffer.from('a,"b ""x"",\ny"\r\n1,2');
        yield Buffer.from('3\n');
      })(),
      { delimiter: 'auto', encoding: 'auto', maxRecordChars: 1000 },
    );
    const out = [];
    for await (const r of reader.records()) out.push(r);
    expect(out).toEqual([
      { row: 1, fields: ['a', 'b "x",\ny'] },
      { row: 2, fields: ['1', '23'] },
    ]);
  });

  it('reads the date formats carriers send', () => {
    const d = (s: string, o: 'auto' | 'mdy' = 'auto') => parseDeckDate(s, o)?.toISOString() ?? null;
    expect(d('2026-07-01')).toBe('2026-07-01T00:00:00.000Z');
    expect(d('2026/07/01 12:30')).toBe('2026-07-01T12:30:00.000Z');
    expect(d('01/07/2026')).toBe('2026-07-01T00:00:00.000Z');
    expect(d('01.07.2026')).toBe('2026-07-01T00:00:00.000Z');
    expect(d('07/01/2026', 'mdy')).toBe('2026-07-01T00:00:00.000Z');
    expect(d('07/31/2026')).toBe('2026-07-31T00:00:00.000Z');
    expect(d('20260701')).toBe('2026-07-01T00:00:00.000Z');
    expect(d('2026-07-01T02:00:00+02:00')).toBe('2026-07-01T00:00:00.000Z');
    for (const bad of ['31/04/2026', 'July 1st', '2026-13-01', '1/7/26', '', '1999-01-01']) expect(d(bad), bad).toBeNull();
  });
});

describe('deck import: a good deck becomes a draft and a change set', () => {
  it('imports, computes the change set, refuses to publish with errors until accepted, publishes atomically', async () => {
    const { plan, live } = await livePlan();
    const deck = `${HEADER}44,UK,0.0120,2026-07-01,increase\n4420,UK London,0.0150,2026-07-01,decrease\n33,France,0.0400,2026-07-01,new\n49,Germany,abc,2026-07-01,unchanged\n`;
    const { outcome, imp, errors } = await runImport(plan.id, deck);
    expect(outcome.status).toBe('ready');
    expect(imp).toMatchObject({ status: 'ready', rowsTotal: 4, rowsStaged: 3, rowsRejected: 1, errorCount: 1, delimiter: ',', encoding: 'utf-8' });
    expect(errors).toEqual([expect.objectContaining({ row: 5, field: 'rate', value: 'abc' })]);
    // 49 had an error: it is out of the draft, so the change set shows it removed.
    expect(imp.summary!.counts).toEqual({ new: 1, removed: 1, increased: 1, decreased: 1, unchanged: 0 });
    expect(imp.largestChanges.map((c) => [c.prefix, c.changePercent])).toEqual([
      ['4420', '-25.00'],
      ['44', '20.00'],
    ]);
    expect(imp.largestChanges[1]).toMatchObject({ kind: 'increased', oldRate: '0.010000', newRate: '0.012000' });
    const inc = await listRateImportChanges({ ctx: staff, input: { id: imp.id, query: new URLSearchParams('kind=decreased') } });
    expect(inc.items).toEqual([expect.objectContaining({ prefix: '4420', changePercent: '-25.00' })]);

    expect(await error(publishRateImport({ ctx: staff, input: { id: imp.id } }))).toMatchObject({ status: 409, message: expect.stringMatching(/1 error/) });
    expect(await liveRows(live.id)).toEqual([
      { prefix: '44', rate: 10_000 },
      { prefix: '4420', rate: 20_000 },
      { prefix: '49', rate: 30_000 },
    ]);
    await acceptRateImportErrors({ ctx: staff, input: { id: imp.id } });
    const published = await publishRateImport({ ctx: staff, input: { id: imp.id } });
    expect(published.status).toBe('published');
    const [v] = await withPlatform((tx) => tx.select().from(ratePlanVersions).where(eq(ratePlanVersions.id, imp.versionId!)));
    expect(v!.status).toBe('published');
    expect((await liveRows(imp.versionId!)).map((r) => r.prefix)).toEqual(['33', '44', '4420']);

    const csv = await rateImportErrorsCsv({ ctx: staff, input: { id: imp.id } });
    let text = '';
    for await (const line of csv.lines) text += line;
    expect(text).toBe('row,field,value,reason\r\n5,rate,abc,rate enter a rate such as 0.0125 (digits and one decimal point)\r\n');
  });

  it('a second import replaces the first unpublished draft; a stale change set is refused', async () => {
    const { plan } = await livePlan();
    const first = await runImport(plan.id, `${HEADER}44,UK,0.02,,\n`);
    const second = await runImport(plan.id, `${HEADER}44,UK,0.03,,\n`);
    expect(second.imp.status).toBe('ready');
    expect((await getRateImport({ ctx: staff, input: { id: first.imp.id } })).status).toBe('superseded');
    expect(await error(publishRateImport({ ctx: staff, input: { id: first.imp.id } }))).toMatchObject({ status: 409 });
    await publishRateImport({ ctx: staff, input: { id: second.imp.id } });
  });
});

describe('deck import: every bad input is refused or reported with its row and field; the live plan is untouched', () => {
  async function expectRefused(bytes: Buffer | string | Buffer[], row: number, field: string, reason: RegExp, options: Record<string, unknown> = {}) {
    const { plan, live } = await livePlan();
    const { outcome, imp, errors } = await runImport(plan.id, bytes, options);
    expect(outcome.status).toBe('failed');
    expect(imp.status).toBe('failed');
    expect(imp.failure).toMatch(reason);
    expect(errors).toEqual([expect.objectContaining({ row, field })]);
    expect((await liveRows(live.id)).length).toBe(3);
    const versions = await withPlatform((tx) => tx.select().from(ratePlanVersions).where(eq(ratePlanVersions.planId, plan.id)));
    expect(versions.map((v) => v.status)).toEqual(['published']);
  }

  async function expectReported(deck: Buffer | string, expected: Array<{ row: number; field: string; reason?: RegExp }>, over: Record<string, unknown> = {}) {
    const { plan, live } = await livePlan(over);
    const { imp, errors } = await runImport(plan.id, deck);
    expect(imp.status).toBe('ready');
    expect(errors.map((e) => ({ row: e.row, field: e.field }))).toEqual(expected.map(({ row, field }) => ({ row, field })));
    expected.forEach((e, i) => e.reason && expect(errors[i]!.reason).toMatch(e.reason));
    expect((await liveRows(live.id)).length).toBe(3);
    return imp;
  }

  it('wrong delimiter (a semicolon deck read as comma): missing columns, with a hint', () =>
    expectRefused('code;destination;rate\n44;UK;0.01\n', 1, 'code', /delimiter/, { delimiter: ',' }));

  it('semicolon and tab decks are detected, a decimal comma is read', async () => {
    const imp = await expectReported('code;destination;rate\n44;UK;0,0125\n', []);
    expect(imp.delimiter).toBe(';');
    expect((await expectReported('code\tdestination\trate\n44\tUK\t0.0125\n', [])).delimiter).toBe('\t');
  });

  it('missing column', () => expectRefused('code,destination\n44,UK\n', 1, 'rate', /missing column rate/));

  it('a mapped column absent from the header', () => expectRefused(`${HEADER}44,UK,0.01,,\n`, 1, 'rate', /"price" mapped to rate/, { mapping: { rate: 'price' } }));

  it('duplicate prefix with overlapping dates', () =>
    expectReported(`${HEADER}44,UK,0.01,2026-07-01,\n44,UK,0.02,01/07/2026,\n44,UK,0.03,2026-08-01,\n`, [{ row: 3, field: 'code', reason: /duplicates row 2/ }]));

  it('non-numeric, negative and over-precise rates, increment 0, wrong date format', () =>
    expectReported(
      'code,destination,rate,effective date,initial,increment\n44,UK,abc,2026-07-01,60,60\n45,DK,-0.01,2026-07-01,60,60\n46,SE,0.00125,2026-07-01,60,60\n47,NO,0.01,2026-07-01,0,6\n48,PL,0.01,July 1st,60,60\n',
      [
        { row: 2, field: 'rate', reason: /enter a rate/ },
        { row: 3, field: 'rate', reason: /zero or more/ },
        { row: 4, field: 'rate', reason: /5 decimal places; the plan allows 4/ },
        { row: 5, field: 'initialIncrement', reason: /at least 1 second/ },
        { row: 6, field: 'effectiveDate', reason: /not a date/ },
      ],
    ));

  it('Latin-1 bytes are read as Latin-1; UTF-8 with a BOM is read with its header intact', async () => {
    const { plan } = await livePlan();
    const latin = await runImport(plan.id, Buffer.concat([Buffer.from('code,destination,rate\n262,R'), Buffer.from([0xe9]), Buffer.from('union,0.05\n')]));
    expect(latin.imp).toMatchObject({ status: 'ready', encoding: 'latin1', rowsStaged: 1 });
    const rows = await withPlatform((tx) => tx.select().from(ratePlanRows).where(eq(ratePlanRows.versionId, latin.imp.versionId!)));
    expect(rows[0]!.destination).toBe('Réunion');
    const bom = await runImport(plan.id, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('code,destination,rate\n262,Réunion,0.05\n')]));
    expect(bom.imp).toMatchObject({ status: 'ready', encoding: 'utf-8', rowsStaged: 1 });
  });

  it('UTF-8 declared but Latin-1 bytes: the row is reported', async () => {
    const { plan } = await livePlan();
    const r = await runImport(plan.id, Buffer.concat([Buffer.from('code,destination,rate\n262,R'), Buffer.from([0xe9]), Buffer.from('union,0.05\n')]), { encoding: 'utf-8' });
    expect(r.errors).toEqual([expect.objectContaining({ row: 2, field: 'row', reason: expect.stringMatching(/Latin-1/) })]);
  });

  it('an empty file, a header alone', async () => {
    await expectRefused('', 1, 'file', /empty/);
    await expectRefused('\n\n', 1, 'file', /empty/);
    await expectRefused(HEADER, 2, 'file', /no rates/);
  });

  it('a 50 MB single line is refused after 64 K characters, without holding the line', async () => {
    const chunk = Buffer.alloc(1024 * 1024, 'a');
    const chunks = Array.from({ length: 50 }, () => chunk);
    const before = process.memoryUsage().rss;
    await expectRefused([Buffer.from(HEADER), ...chunks], 2, 'row', /longer than 65536 characters/);
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });

  it('a formula in a CSV deck is text and fails the rate check', () => expectReported(`${HEADER}44,UK,=1/0,2026-07-01,\n`, [{ row: 2, field: 'rate' }]));

  it('an XLSX deck: numbers, dates and rich text read as typed; a formula cell and an error value are reported on their row and field', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Rates');
    sheet.addRow(['Dial Code', 'Destination', 'Price', 'Effective Date', 'Notes']);
    sheet.addRow([44, 'UK', 0.0125, new Date(Date.UTC(2026, 6, 1)), 'fine']);
    sheet.addRow([4420, { richText: [{ text: 'UK ' }, { text: 'London', font: { bold: true } }] }, 0.015, '01/07/2026', { formula: '1+1', result: 2 }]);
    sheet.addRow([33, 'France', { formula: 'C2*2', result: 0.025 }, new Date(Date.UTC(2026, 6, 1)), '']);
    sheet.addRow([49, 'Germany', { error: '#N/A' }, new Date(Date.UTC(2026, 6, 1)), '']);
    sheet.addRow([]);
    sheet.addRow([34, 'Spain', '0.0090', '2026-07-01', '']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const { plan, live } = await livePlan();
    // In two chunks, cut inside the zip: the reader streams.
    const { imp, errors } = await runImport(plan.id, [bytes.subarray(0, 100), bytes.subarray(100)]);
    expect(imp).toMatchObject({ status: 'ready', rowsTotal: 5, rowsStaged: 3, rowsRejected: 2, delimiter: null, encoding: null });
    // The formula in an unused column (Notes) is not a problem; in the rate column it is.
    expect(errors.map((e) => [e.row, e.field, e.value])).toEqual([
      [4, 'rate', '=C2*2'],
      [5, 'rate', '#N/A'],
    ]);
    expect(errors[0]!.reason).toMatch(/formula/);
    const rows = await listRateRows({ ctx: staff, input: { versionId: imp.versionId!, query: new URLSearchParams('limit=100') } as never });
    expect(rows.items.map((r) => [r.prefix, r.destination, r.rateMicro, r.effectiveFrom])).toEqual([
      ['34', 'Spain', 9_000, '2026-07-01T00:00:00.000Z'],
      ['44', 'UK', 12_500, '2026-07-01T00:00:00.000Z'],
      ['4420', 'UK London', 15_000, '2026-07-01T00:00:00.000Z'],
    ]);
    expect((await liveRows(live.id)).length).toBe(3);
  });

  it('a zip that is not a workbook refuses the file', () => expectRefused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 0, 0]), 1, 'file', /not a readable XLSX workbook/));

  it('an unknown change flag, a foreign currency, a control character in a destination', () =>
    expectReported('code,destination,rate,change,currency\n44,UK,0.01,maybe,EUR\n45,DK,0.01,new,USD\n46,S\u0007E,0.01,new,EUR\n', [
      { row: 2, field: 'changeFlag' },
      { row: 3, field: 'currency' },
      { row: 4, field: 'destination' },
    ]));

  it('closed codes leave the draft and show as removed', async () => {
    const imp = await expectReported(`${HEADER}44,UK,0.01,,unchanged\n4420,UK London,0.02,,closed\n49,Germany,0.03,,\n`, []);
    expect(imp.summary).toEqual({ counts: { new: 0, removed: 1, increased: 0, decreased: 0, unchanged: 2 }, closed: 1, ruleSet: null, breaches: { alert: 0, reject: 0, block: 0 } });
  });
});

describe('supplier import rules (issue 13 item 4)', () => {
  const day = 86_400_000;
  const at = (days: number) => new Date(Date.now() + days * day).toISOString().slice(0, 10);
  const name = () => `Rules ${Date.now().toString(36)}-${n++}`;

  it('stores every rule (the ones not given at their defaults), percents exactly, increments sorted and unique', async () => {
    const set = await createImportRuleSet({ ctx: staff, input: { tenantId: acmeId, name: name(), rules: { maxIncrease: { percent: '12.5', action: 'block' }, initialIncrements: { allowed: [60, 1, 60], action: 'alert' } } } as never });
    expect(set.rules).toEqual({
      increaseNotice: { days: 7, action: 'alert' },
      decreaseNotice: { days: 1, action: 'none' },
      newNotice: { days: 7, action: 'none' },
      maxIncrease: { percent: '12.50', action: 'block' },
      maxDecrease: { percent: '50.00', action: 'none' },
      initialIncrements: { allowed: [1, 60], action: 'alert' },
      subsequentIncrements: { allowed: [1, 6, 30, 60], action: 'none' },
    });
    expect(set.planCount).toBe(0);
    const updated = await updateImportRuleSet({ ctx: staff, input: { id: set.id, rules: { decreaseNotice: { days: 3, action: 'reject' } } } as never });
    expect(updated.rules.decreaseNotice).toEqual({ days: 3, action: 'reject' });
    expect(updated.rules.maxIncrease).toEqual({ percent: '12.50', action: 'block' });
    const listed = await listImportRuleSets({ ctx: staff, input: new URLSearchParams(`tenant=${acmeId}&q=${encodeURIComponent(set.name)}`) });
    expect(listed.items.map((i) => i.id)).toEqual([set.id]);
    expect(listed.items[0]!.rules.decreaseNotice).toEqual({ days: 3, action: 'reject' });
  });

  it('refuses hostile input by field, and a second set of the same name', async () => {
    const bad = async (input: Record<string, unknown>) => (await error(createImportRuleSet({ ctx: staff, input: { tenantId: acmeId, name: name(), ...input } as never }))) as { status: number; problems?: Array<{ path: string }> } | null;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ rules: { increaseNotice: { days: -1, action: 'alert' } } }, 'rules.increaseNotice.days'],
      [{ rules: { increaseNotice: { days: 1.5, action: 'alert' } } }, 'rules.increaseNotice.days'],
      [{ rules: { increaseNotice: { days: 366, action: 'alert' } } }, 'rules.increaseNotice.days'],
      [{ rules: { increaseNotice: { days: 7, action: 'explode' } } }, 'rules.increaseNotice.action'],
      [{ rules: { maxIncrease: { percent: 12.5, action: 'alert' } } }, 'rules.maxIncrease.percent'],
      [{ rules: { maxIncrease: { percent: '12.345', action: 'alert' } } }, 'rules.maxIncrease.percent'],
      [{ rules: { maxIncrease: { percent: '0', action: 'alert' } } }, 'rules.maxIncrease.percent'],
      [{ rules: { maxIncrease: { percent: '99999999', action: 'alert' } } }, 'rules.maxIncrease.percent'],
      [{ rules: { initialIncrements: { allowed: [0], action: 'alert' } } }, 'rules.initialIncrements.allowed.0'],
      [{ rules: { initialIncrements: { allowed: [], action: 'alert' } } }, 'rules.initialIncrements.allowed'],
      [{ rules: { initialIncrements: { allowed: Array.from({ length: 21 }, (_, i) => i + 1), action: 'alert' } } }, 'rules.initialIncrements.allowed'],
      [{ rules: { initialIncrements: { allowed: ['60'], action: 'alert' } } }, 'rules.initialIncrements.allowed.0'],
      [{ rules: { codeMoved: { action: 'alert' } } }, 'rules'],
      [{ name: 'Rules\u0000' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
    ];
    for (const [input, path] of cases) {
      const e = await bad(input);
      expect(e?.status, JSON.stringify(input)).toBe(422);
      expect(e?.problems?.map((p) => p.path), JSON.stringify(input)).toContain(path);
    }
    const set = await createImportRuleSet({ ctx: staff, input: { tenantId: acmeId, name: name() } as never });
    expect(await error(createImportRuleSet({ ctx: staff, input: { tenantId: acmeId, name: set.name.toUpperCase() } as never }))).toMatchObject({ status: 422, problems: [{ path: 'name', message: expect.stringMatching(/already has this name/) }] });
  });

  it('applies to buy plans of the same brand only; a set in use cannot be deleted', async () => {
    const set = await createImportRuleSet({ ctx: staff, input: { tenantId: acmeId, name: name() } as never });
    const sell = await createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: `Sell ${n++}-${Date.now()}`, kind: 'sell', currency: 'EUR' } as never });
    expect(await error(updateRatePlan({ ctx: staff, input: { id: sell.id, importRuleSetId: set.id } }))).toMatchObject({ status: 422, problems: [{ path: 'importRuleSetId' }] });
    const other = await createImportRuleSet({ ctx: staff, input: { name: name() } as never });
    const { plan } = await livePlan();
    expect(await error(updateRatePlan({ ctx: staff, input: { id: plan.id, importRuleSetId: other.id } }))).toMatchObject({ status: 422, problems: [{ path: 'importRuleSetId' }] });
    expect(await error(updateRatePlan({ ctx: staff, input: { id: plan.id, importRuleSetId: '00000000-0000-4000-8000-000000000000' } }))).toMatchObject({ status: 422 });
    expect((await updateRatePlan({ ctx: staff, input: { id: plan.id, importRuleSetId: set.id } })).importRuleSetId).toBe(set.id);
    expect((await getImportRuleSet({ ctx: staff, input: { id: set.id } })).planCount).toBe(1);
    expect(await error(deleteImportRuleSet({ ctx: staff, input: { id: set.id } }))).toMatchObject({ status: 409, message: expect.stringContaining(plan.name) });
    await updateRatePlan({ ctx: staff, input: { id: plan.id, importRuleSetId: null } });
    expect(await deleteImportRuleSet({ ctx: staff, input: { id: set.id } })).toEqual({ id: set.id, deleted: true });
    expect(await error(getImportRuleSet({ ctx: staff, input: { id: set.id } }))).toMatchObject({ status: 404 });
  });

  it('checks every row against the live rate: alert imports, reject keeps the live rate, block imports blocked; the live version is untouched', async () => {
    const { plan, live } = await livePlan();
    const set = await createImportRuleSet({
      ctx: staff,
      input: {
        tenantId: acmeId,
        name: name(),
        rules: {
          increaseNotice: { days: 7, action: 'reject' },
          newNotice: { days: 7, action: 'alert' },
          maxDecrease: { percent: '20', action: 'block' },
          initialIncrements: { allowed: [1, 60], action: 'alert' },
        },
      } as never,
    });
    await updateRatePlan({ ctx: staff, input: { id: plan.id, importRuleSetId: set.id } });
    const deck = [
      'code,destination,rate,effective date,initial increment',
      `44,UK,0.0120,${at(1)},60`, // increase with 1 day's notice: rejected, 0.01 stays
      `4420,UK London,0.0150,${at(30)},60`, // -25 %, more than 20 %: imported blocked
      `49,Germany,0.0300,${at(30)},30`, // unchanged rate, initial 30 s not allowed: alert
      `33,France,0.0500,${at(2)},60`, // new code with 2 days' notice: alert
      `34,Spain,0.0400,${at(30)},60`, // new code with notice: nothing
    ].join('\n');
    const { imp } = await runImport(plan.id, deck);
    expect(imp).toMatchObject({ status: 'ready', rowsTotal: 5, errorCount: 0 });
    expect(imp.summary).toMatchObject({ ruleSet: { id: set.id, name: set.name }, breaches: { alert: 2, reject: 1, block: 1 } });
    const breaches = await listRateImportBreaches({ ctx: staff, input: { id: imp.id, query: new URLSearchParams('limit=100') } });
    expect(breaches.items.map((b) => [b.row, b.prefix, b.rule, b.action])).toEqual([
      [2, '44', 'increaseNotice', 'reject'],
      [3, '4420', 'maxDecrease', 'block'],
      [4, '49', 'initialIncrements', 'alert'],
      [5, '33', 'newNotice', 'alert'],
    ]);
    expect(breaches.items[0]!.detail).toMatch(/^increase 0\.01 -> 0\.012 effective .*less than 7 days after the deck arrived/);
    expect(breaches.items[1]!.detail).toBe('decrease 0.02 -> 0.015 is -25.00 %, above the maximum of 20.00 %');
    expect(breaches.items[2]!.detail).toBe('initial increment 30 s is not one of 1, 60 s');
    const rejects = await listRateImportBreaches({ ctx: staff, input: { id: imp.id, query: new URLSearchParams('action=reject') } });
    expect(rejects.items.map((b) => b.prefix)).toEqual(['44']);
    // The rejected increase keeps the live rate: 44 is unchanged, not removed.
    expect(imp.summary!.counts).toEqual({ new: 2, removed: 0, increased: 0, decreased: 1, unchanged: 2 });
    const draft = await listRateRows({ ctx: staff, input: { versionId: imp.versionId!, query: new URLSearchParams('limit=100') } as never });
    const byPrefix = Object.fromEntries(draft.items.map((r) => [r.prefix, r]));
    expect(byPrefix['44']).toMatchObject({ rateMicro: 10_000, blocked: false, effectiveFrom: '2026-01-01T00:00:00.000Z' });
    expect(byPrefix['4420']).toMatchObject({ rateMicro: 15_000, blocked: true });
    expect(byPrefix['49']).toMatchObject({ rateMicro: 30_000, blocked: false, initialIncrement: 30 });
    expect(Object.keys(byPrefix).sort()).toEqual(['33', '34', '44', '4420', '49']);
    expect(await liveRows(live.id)).toEqual([
      { prefix: '44', rate: 10_000 },
      { prefix: '4420', rate: 20_000 },
      { prefix: '49', rate: 30_000 },
    ]);
    // Breaches do not hold the publish (only errors do).
    const published = await publishRateImport({ ctx: staff, input: { id: imp.id } });
    expect(published.status).toBe('published');
  });

  it('reports nothing when every action is none, and lists breaches only of an existing import', async () => {
    const { plan } = await livePlan();
    const off = Object.fromEntries(['increaseNotice', 'decreaseNotice', 'newNotice'].map((k) => [k, { days: 7, action: 'none' }]));
    const set = await createImportRuleSet({ ctx: staff, input: { tenantId: acmeId, name: name(), rules: off } as never });
    await updateRatePlan({ ctx: staff, input: { id: plan.id, importRuleSetId: set.id } });
    const { imp } = await runImport(plan.id, `code,destination,rate,effective date\n44,UK,0.05,${at(0)}\n`);
    expect(imp.summary).toMatchObject({ breaches: { alert: 0, reject: 0, block: 0 } });
    expect((await listRateImportBreaches({ ctx: staff, input: { id: imp.id, query: new URLSearchParams() } })).items).toEqual([]);
    expect(await error(listRateImportBreaches({ ctx: staff, input: { id: '00000000-0000-4000-8000-000000000000', query: new URLSearchParams() } }))).toMatchObject({ status: 404 });
    expect(await error(listRateImportBreaches({ ctx: staff, input: { id: imp.id, query: new URLSearchParams('action=explode') } }))).toMatchObject({ status: 422 });
  });
});
