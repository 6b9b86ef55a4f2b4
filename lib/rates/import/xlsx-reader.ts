import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { DeckRefusal, type CsvRecord } from './csv-reader';

/** A cell the import cannot read as typed (a formula, an error value): reported on its row and column. */
export type CellProblem = { column: number; value: string; reason: string };
export type DeckRecord = CsvRecord & { cellProblems?: CellProblem[] };

/** The first bytes of a zip file, which an XLSX workbook is. */
export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const iso = (d: Date) => (Number.isNaN(d.getTime()) ? '' : d.toISOString());

/**
 * One cell as the deck's text: numbers as JavaScript writes them (the shortest form that reads back
 * the same double, i.e. what the carrier typed: 0.0125), dates in ISO 8601 (UTC), rich text joined.
 * A formula is refused even when the file caches its result: the cached value may be stale and the
 * deck must carry the rates themselves.
 */
function cellText(value: ExcelJS.CellValue): { text: string } | { problem: string; text: string } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: Number.isFinite(value) ? String(value) : '' };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: iso(value) };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const formula = 'formula' in value ? value.formula : value.sharedFormula;
      return { problem: 'a formula cell: paste the values (not the formula) into the deck', text: `=${String(formula ?? '')}`.slice(0, 200) };
    }
    if ('error' in value) return { problem: `an error value (${String(value.error)})`, text: String(value.error) };
    if ('richText' in value) return { text: value.richText.map((p) => p.text).join('') };
    if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  }
  return { text: String(value as unknown) };
}

/**
 * Reads the first worksheet of an XLSX deck as records (row numbers as in the sheet, so the error
 * report points at the row the carrier sees), streaming (exceljs's WorkbookReader): rows are read
 * one at a time; shared strings and styles (for date cells) are kept in memory, as the format needs.
 * A file that is not a readable workbook, or a row longer than `maxRecordChars`, refuses the file.
 */
export function readXlsx(source: AsyncIterable<Uint8Array>, options: { maxRecordChars: number }) {
  async function* records(): AsyncGenerator<DeckRecord> {
    const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(source), { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
    try {
      for await (const sheet of workbook) {
        for await (const row of sheet) {
          const values = (row.values as ExcelJS.CellValue[]) ?? [];
          const fields: string[] = [];
          const cellProblems: CellProblem[] = [];
          let chars = 0;
          // values is 1-based (index 0 unused) and sparse.
          for (let column = 1; column < values.length; column++) {
            const cell = cellText(values[column]);
            fields.push(cell.text);
            chars += cell.text.length;
            if ('problem' in cell) cellProblems.push({ column: column - 1, value: cell.text, reason: cell.problem });
          }
          if (chars > options.maxRecordChars) throw new DeckRefusal(`row ${row.number} is longer than ${options.maxRecordChars.toLocaleString('en')} characters: this is not a rate deck`, row.number, 'row', fields.join(' ').slice(0, 200));
          if (fields.every((f) => f.trim() === '')) continue;
          yield cellProblems.length ? { row: row.number, fields, cellProblems } : { row: row.number, fields };
        }
        return; // the first worksheet only
      }
    } catch (error) {
      if (error instanceof DeckRefusal) throw error;
      throw new DeckRefusal(`the file is not a readable XLSX workbook (${error instanceof Error ? error.message.slice(0, 120) : 'unreadable'}): save it again from the spreadsheet, or as CSV`, 1, 'file');
    }
  }
  return { delimiter: null, encoding: null, records };
}

/** Reads the first chunk to tell an XLSX (zip) deck from a CSV one, and gives back the whole stream. */
export async function sniffDeck(source: AsyncIterable<Uint8Array>): Promise<{ format: 'xlsx' | 'csv'; source: AsyncIterable<Uint8Array> }> {
  const iterator = source[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? new Uint8Array() : first.value;
  const format = head.length >= 4 && ZIP_MAGIC.every((b, i) => head[i] === b) ? 'xlsx' : 'csv';
  async function* all(): AsyncGenerator<Uint8Array> {
    if (!first.done) yield first.value;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { format, source: all() };
}
