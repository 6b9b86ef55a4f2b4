import { deckFields, type DeckField } from '@/db/schema/rate-imports-values';
import { MAX_INCREMENT_SECONDS, MAX_PREFIX_DIGITS } from '@/db/schema/rates-values';
import { parseRateToMicro } from '../money';
import { DeckRefusal } from './csv-reader';
import { parseDeckDate, type DateOrder } from './dates';

/** Header names carriers use for each field (lower case, spaces/underscores/dashes removed). */
const synonyms: Record<DeckField, string[]> = {
  code: ['code', 'prefix', 'dialcode', 'dialcodes', 'destinationcode', 'areacode', 'countrycode', 'digits'],
  destination: ['destination', 'destinationname', 'name', 'description', 'country', 'zone', 'route'],
  rate: ['rate', 'price', 'rateperminute', 'ratemin', 'permin', 'cost', 'newrate', 'rateusd', 'rateeur'],
  effectiveDate: ['effectivedate', 'effective', 'effectivefrom', 'date', 'startdate', 'validfrom', 'from'],
  changeFlag: ['change', 'changeflag', 'status', 'flag', 'remarks', 'comment', 'action'],
  initialIncrement: ['initialincrement', 'initial', 'minduration', 'firstinterval', 'initialinterval', 'mininterval', 'min'],
  subsequentIncrement: ['subsequentincrement', 'subsequent', 'increment', 'interval', 'nextinterval', 'subsequentinterval', 'billingincrement', 'pulse'],
  currency: ['currency', 'curr', 'ccy'],
  connectionFee: ['connectionfee', 'connectfee', 'setupfee', 'connection', 'setup'],
};

export const requiredFields: readonly DeckField[] = ['code', 'destination', 'rate'];

const norm = (s: string) => s.toLowerCase().replace(/[\s_\-./()]/g, '');

export type ColumnMap = Partial<Record<DeckField, number>>;

/** The header's columns for each field: the mapping's header names first, then the synonyms. */
export function mapHeader(header: string[], mapping: Partial<Record<string, string>>, delimiter: string): ColumnMap {
  const names = header.map((h) => norm(h.replace(/^\uFEFF/, '')));
  const map: ColumnMap = {};
  for (const field of deckFields) {
    const wanted = mapping[field];
    if (wanted !== undefined && wanted !== '') {
      const at = names.indexOf(norm(wanted));
      if (at < 0) throw new DeckRefusal(`column "${wanted}" mapped to ${field} is not in the header (${header.length} column${header.length === 1 ? '' : 's'}: ${header.slice(0, 12).join(' | ').slice(0, 300)})`, 1, field, wanted);
      map[field] = at;
      continue;
    }
    const at = names.findIndex((n, i) => synonyms[field].includes(n) && !Object.values(map).includes(i));
    if (at >= 0) map[field] = at;
  }
  const missing = requiredFields.filter((f) => map[f] === undefined);
  if (missing.length) {
    const hint = header.length === 1 && /[,;\t]/.test(header[0]!) ? ` The header is one column: is the delimiter not "${delimiter === '\t' ? 'tab' : delimiter}"?` : '';
    throw new DeckRefusal(`missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: map ${missing.length > 1 ? 'them' : 'it'} to a header name.${hint}`, 1, missing[0]!, header.join(delimiter).slice(0, 200));
  }
  return map;
}

export type ChangeFlag = 'increase' | 'decrease' | 'new' | 'unchanged' | 'closed';
const flags: Record<string, ChangeFlag> = {
  increase: 'increase', increased: 'increase', inc: 'increase', i: 'increase', up: 'increase',
  decrease: 'decrease', decreased: 'decrease', dec: 'decrease', d: 'decrease', down: 'decrease',
  new: 'new', n: 'new', added: 'new', add: 'new',
  unchanged: 'unchanged', u: 'unchanged', same: 'unchanged', nochange: 'unchanged', current: 'unchanged', '-': 'unchanged', '': 'unchanged',
  closed: 'closed', close: 'closed', c: 'closed', removed: 'closed', delete: 'closed', deleted: 'closed', end: 'closed', x: 'closed',
};

export type StagedRow = {
  row: number;
  prefix: string;
  destination: string;
  rateMicro: number;
  connectionFeeMicro: number;
  initialIncrement: number;
  subsequentIncrement: number;
  effectiveFrom: Date;
  flag: ChangeFlag;
};

export type RowProblem = { row: number; field: string; value: string; reason: string };

export type RowRules = { currency: string; precision: number; dateOrder: DateOrder; defaultEffectiveFrom: Date };

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

function money(raw: string, what: string, rules: RowRules): { micro: number } | { reason: string } {
  let text = raw.trim().replace(/\s/g, '');
  // "0,0125" from semicolon decks written with a decimal comma.
  if (/^-?\d+,\d+$/.test(text)) text = text.replace(',', '.');
  const parsed = parseRateToMicro(text);
  if (!parsed.ok) return { reason: `${what} ${parsed.error}` };
  const decimals = /\.(\d+)$/.exec(text)?.[1]?.replace(/0+$/, '').length ?? 0;
  if (decimals > rules.precision) return { reason: `${what} has ${decimals} decimal places; the plan allows ${rules.precision}` };
  return { micro: parsed.micro };
}

function increment(raw: string, what: string): { seconds: number } | { reason: string } {
  const text = raw.trim();
  if (!/^\d{1,6}$/.test(text)) return { reason: `${what} must be a whole number of seconds` };
  const seconds = Number(text);
  if (seconds < 1) return { reason: `${what} must be at least 1 second` };
  if (seconds > MAX_INCREMENT_SECONDS) return { reason: `${what} must be at most ${MAX_INCREMENT_SECONDS} seconds` };
  return { seconds };
}

/** One data record -> a staged row, or its problems (every field checked, so the report is complete). */
export function parseDeckRow(row: number, fields: string[], map: ColumnMap, rules: RowRules): { ok: StagedRow } | { problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const get = (f: DeckField) => (map[f] === undefined ? undefined : (fields[map[f]!] ?? ''));
  const bad = (field: string, value: string, reason: string) => problems.push({ row, field, value, reason });
  if (fields.some((v) => v.includes('\uFFFD'))) bad('row', fields.join(' ').slice(0, 200), 'is not valid UTF-8: upload the file again choosing Latin-1');

  const code = get('code')!;
  const prefix = code.trim().replace(/^\+/, '').replace(/[\s-]/g, '');
  if (!new RegExp(`^[0-9]{1,${MAX_PREFIX_DIGITS}}$`).test(prefix)) bad('code', code, `must be 1 to ${MAX_PREFIX_DIGITS} digits`);

  const destination = get('destination')!.trim();
  if (!destination) bad('destination', '', 'is empty');
  else if (destination.length > 200) bad('destination', destination, 'must be at most 200 characters');
  else if (CONTROL.test(destination)) bad('destination', destination, 'contains control characters');

  const flagText = (get('changeFlag') ?? '').trim().toLowerCase();
  const flag = flags[flagText];
  if (!flag) bad('changeFlag', flagText, 'must be increase, decrease, new, unchanged or closed');

  const rate = money(get('rate')!, 'rate', rules);
  if ('reason' in rate) bad('rate', get('rate')!, rate.reason);
  const feeText = get('connectionFee');
  const fee = feeText === undefined || feeText.trim() === '' ? { micro: 0 } : money(feeText, 'connection fee', rules);
  if ('reason' in fee) bad('connectionFee', feeText!, fee.reason);

  const initialText = get('initialIncrement');
  const initial = initialText === undefined || initialText.trim() === '' ? { seconds: 60 } : increment(initialText, 'initial increment');
  if ('reason' in initial) bad('initialIncrement', initialText!, initial.reason);
  const nextText = get('subsequentIncrement');
  const next = nextText === undefined || nextText.trim() === '' ? { seconds: 60 } : increment(nextText, 'subsequent increment');
  if ('reason' in next) bad('subsequentIncrement', nextText!, next.reason);

  const currency = (get('currency') ?? '').trim().toUpperCase();
  if (currency && currency !== rules.currency) bad('currency', currency, `is not the plan's currency (${rules.currency})`);

  const dateText = (get('effectiveDate') ?? '').trim();
  const effectiveFrom = dateText ? parseDeckDate(dateText, rules.dateOrder) : rules.defaultEffectiveFrom;
  if (!effectiveFrom) bad('effectiveDate', dateText, 'is not a date (2026-07-01, 01/07/2026, 01.07.2026 or 20260701, years 2000-2999)');

  if (problems.length) return { problems };
  return {
    ok: {
      row,
      prefix,
      destination,
      rateMicro: (rate as { micro: number }).micro,
      connectionFeeMicro: (fee as { micro: number }).micro,
      initialIncrement: (initial as { seconds: number }).seconds,
      subsequentIncrement: (next as { seconds: number }).seconds,
      effectiveFrom: effectiveFrom!,
      flag: flag!,
    },
  };
}
