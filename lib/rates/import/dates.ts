/**
 * Effective dates as carriers write them: 2026-07-01, 2026/07/01, 01/07/2026, 01.07.2026,
 * 07/01/2026 (with dateOrder mdy), 20260701, optionally with a time (hh:mm[:ss]) and an ISO 8601
 * T/Z/offset form. A day-first or month-first date is ambiguous; `auto` reads day-first (Europe and
 * most carriers) unless the second number is above 12 (then it is month-first). Times without an
 * offset are UTC.
 */
export type DateOrder = 'auto' | 'dmy' | 'mdy' | 'ymd';

const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,6})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;
const XMY = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function build(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, offset?: string): Date | null {
  if (y < 2000 || y > 2999 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const date = new Date(ms);
  if (date.getUTCDate() !== d || date.getUTCMonth() !== mo - 1) return null; // 31 April
  if (offset && offset.toUpperCase() !== 'Z') {
    const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset)!;
    const minutes = (Number(m[2]) * 60 + Number(m[3])) * (m[1] === '-' ? -1 : 1);
    return new Date(ms - minutes * 60_000);
  }
  return date;
}

export function parseDeckDate(text: string, order: DateOrder): Date | null {
  const value = text.trim();
  let m = YMD.exec(value);
  // A four-digit year first is never ambiguous, whatever the order chosen.
  if (m) return build(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), m[7]);
  m = COMPACT.exec(value);
  if (m) return build(+m[1]!, +m[2]!, +m[3]!);
  m = XMY.exec(value);
  if (m && order !== 'ymd') {
    const a = +m[1]!;
    const b = +m[2]!;
    const monthFirst = order === 'mdy' || (order === 'auto' && b > 12 && a <= 12);
    const [d, mo] = monthFirst ? [b, a] : [a, b];
    return build(+m[3]!, mo, d, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  }
  return null;
}
