/**
 * A streaming CSV reader for carrier decks (RFC 4180 quoting; comma, semicolon or tab; UTF-8 with or
 * without BOM, or Latin-1). Hand-written because csv-parse is not a dependency (see the import's
 * DECISIONS entry); it holds one record at a time, and a record longer than `maxRecordChars` ends
 * the read (a 50 MB line without a newline costs at most that much memory, never the line).
 */

export type Delimiter = ',' | ';' | '\t';
export type DeckEncoding = 'utf-8' | 'latin1';

export type CsvOptions = {
  delimiter: 'auto' | Delimiter;
  encoding: 'auto' | DeckEncoding;
  /** Characters of one record (all its fields) before the file is refused. */
  maxRecordChars: number;
};

/** A refusal of the whole file, with the row and field it is about (row 1 is the header). */
export class DeckRefusal extends Error {
  constructor(
    message: string,
    public readonly row: number,
    public readonly field: string,
    public readonly value: string = '',
  ) {
    super(message);
  }
}

export type CsvRecord = { row: number; fields: string[] };

const SNIFF_BYTES = 64 * 1024;

const BOM = [0xef, 0xbb, 0xbf];

/** Whether the bytes are valid UTF-8, ignoring a sequence cut by the end of the sample. */
export function looksUtf8(bytes: Uint8Array, complete: boolean): boolean {
  let end = bytes.length;
  if (!complete) {
    // Drop a possibly cut multi-byte sequence at the end of the sample.
    let back = 0;
    while (back < 3 && end - back - 1 >= 0 && (bytes[end - back - 1]! & 0xc0) === 0x80) back++;
    const lead = bytes[end - back - 1];
    if (lead !== undefined && lead >= 0xc0) end = end - back - 1;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** The delimiter of the header line: the candidate seen most often outside quotes (comma on a tie or none). */
export function detectDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && (c === ',' || c === ';' || c === '\t')) counts[c]++;
  }
  let best: Delimiter = ',';
  for (const d of [';', '\t'] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

export type CsvReader = {
  /** Known after the first record was read. */
  readonly delimiter: Delimiter | null;
  readonly encoding: DeckEncoding | null;
  records(): AsyncGenerator<CsvRecord>;
};

/** Reads the source's records; throws DeckRefusal on an oversized record or a quote left open. */
export function readCsv(source: AsyncIterable<Uint8Array>, options: CsvOptions): CsvReader {
  const state: { delimiter: Delimiter | null; encoding: DeckEncoding | null } = { delimiter: null, encoding: null };

  async function* chunksOf(): AsyncGenerator<string> {
    const iterator = source[Symbol.asyncIterator]();
    const head: Uint8Array[] = [];
    let headBytes = 0;
    let done = false;
    while (headBytes < SNIFF_BYTES) {
      const next = await iterator.next();
      if (next.done) {
        done = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.length;
    }
    let sample = Buffer.concat(head);
    const hasBom = sample.length >= 3 && BOM.every((b, i) => sample[i] === b);
    if (hasBom) sample = sample.subarray(3);
    state.encoding = options.encoding !== 'auto' ? options.encoding : hasBom || looksUtf8(sample, done) ? 'utf-8' : 'latin1';
    // Latin-1 decks come from Windows: windows-1252 is Latin-1 with printable 0x80-0x9f.
    const decoder = new TextDecoder(state.encoding === 'utf-8' ? 'utf-8' : 'windows-1252', { ignoreBOM: true });
    const first = decoder.decode(sample, { stream: true });
    state.delimiter = options.delimiter === 'auto' ? detectDelimiter(first) : options.delimiter;
    yield first;
    while (!done) {
      const next = await iterator.next();
      if (next.done) break;
      yield decoder.decode(next.value, { stream: true });
    }
    const tail = decoder.decode();
    if (tail) yield tail;
  }

  async function* records(): AsyncGenerator<CsvRecord> {
    let fields: string[] = [];
    let field = '';
    let size = 0;
    let quoted = false;
    /** A quote inside a quoted field: either "" (an escaped quote) or the closing quote. */
    let quotePending = false;
    /** The field has a character already (a quote after that is literal). */
    let fieldStarted = false;
    let row = 1;
    let any = false;
    let skipLf = false;
    const max = options.maxRecordChars;
    for await (const chunk of chunksOf()) {
      const d = state.delimiter!;
      let start = 0;
      for (let i = 0; i < chunk.length; i++) {
        const c = chunk[i]!;
        if (skipLf) {
          skipLf = false;
          if (c === '\n') {
            start = i + 1;
            continue;
          }
        }
        if (quoted) {
          if (quotePending) {
            quotePending = false;
            if (c === '"') {
              field += '"';
              start = i + 1;
              continue;
            }
            quoted = false; // that quote closed the field; c is handled below
          } else if (c === '"') {
            field += chunk.slice(start, i);
            quotePending = true;
            start = i + 1;
            continue;
          } else {
            if (++size > max) throw new DeckRefusal(`row ${row} is longer than ${max} characters (is this a CSV deck?)`, row, 'row');
            continue;
          }
        }
        if (c === d || c === '\n' || c === '\r') {
          field += chunk.slice(start, i);
          fields.push(field);
          field = '';
          fieldStarted = false;
          start = i + 1;
          if (c !== d) {
            if (c === '\r') skipLf = true;
            if (!(fields.length === 1 && fields[0] === '')) {
              any = true;
              yield { row, fields };
            }
            row++;
            fields = [];
            size = 0;
          }
          continue;
        }
        if (c === '"' && !fieldStarted) {
          // A quote opens a quoted field only as the field's first character.
          quoted = true;
          fieldStarted = true;
          start = i + 1;
          continue;
        }
        fieldStarted = true;
        if (++size > max) throw new DeckRefusal(`row ${row} is longer than ${max} characters (is this a CSV deck?)`, row, 'row');
      }
      field += chunk.slice(start);
    }
    if (quoted && !quotePending) throw new DeckRefusal(`row ${row} opens a quote that is never closed`, row, 'row');
    if (field !== '' || fields.length > 0) {
      fields.push(field);
      if (!(fields.length === 1 && fields[0] === '')) {
        any = true;
        yield { row, fields };
      }
    }
    if (!any) throw new DeckRefusal('the file is empty: upload a deck with a header row and at least one rate', 1, 'file');
  }

  return {
    get delimiter() {
      return state.delimiter;
    },
    get encoding() {
      return state.encoding;
    },
    records,
  };
}
