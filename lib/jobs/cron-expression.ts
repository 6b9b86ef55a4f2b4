/**
 * Five-field cron expressions (minute hour day-of-month month day-of-week), evaluated in UTC, as
 * QStash evaluates its schedules. Supports `*`, lists, ranges, steps (`*\/5`, `1-30/2`, `5/15`),
 * month and weekday names, weekday 7 = Sunday, and @hourly/@daily/@weekly/@monthly/@yearly.
 * Day-of-month and day-of-week follow Vixie cron: when both are restricted (neither starts with
 * `*`), a day matching either fires.
 */

export type CronSchedule = {
  expression: string;
  minutes: readonly boolean[];
  hours: readonly boolean[];
  days: readonly boolean[];
  months: readonly boolean[];
  weekdays: readonly boolean[];
  dayOfMonthAny: boolean;
  dayOfWeekAny: boolean;
};

const MACROS: Record<string, string> = {
  '@hourly': '0 * * * *',
  '@daily': '0 0 * * *',
  '@midnight': '0 0 * * *',
  '@weekly': '0 0 * * 0',
  '@monthly': '0 0 1 * *',
  '@yearly': '0 0 1 1 *',
  '@annually': '0 0 1 1 *',
};

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export class CronExpressionError extends Error {
  constructor(expression: string, problem: string) {
    super(`invalid cron expression "${expression}": ${problem}`);
    this.name = 'CronExpressionError';
  }
}

type FieldSpec = { name: string; min: number; max: number; names?: string[]; namesFrom?: number };

const FIELDS: FieldSpec[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES, namesFrom: 1 },
  // 7 is accepted as Sunday and folded onto 0 below.
  { name: 'day of week', min: 0, max: 7, names: DAY_NAMES, namesFrom: 0 },
];

function parseValue(raw: string, spec: FieldSpec, expression: string): number {
  const lower = raw.toLowerCase();
  const named = spec.names?.indexOf(lower) ?? -1;
  if (named !== -1) return named + (spec.namesFrom ?? 0);
  if (!/^\d{1,2}$/.test(raw)) throw new CronExpressionError(expression, `"${raw}" is not a valid ${spec.name}`);
  const n = Number(raw);
  if (n < spec.min || n > spec.max) throw new CronExpressionError(expression, `${spec.name} ${n} is outside ${spec.min}-${spec.max}`);
  return n;
}

function parseField(text: string, spec: FieldSpec, expression: string): boolean[] {
  const out = new Array<boolean>(spec.max + 1).fill(false);
  for (const part of text.split(',')) {
    if (!part) throw new CronExpressionError(expression, `empty list item in the ${spec.name} field`);
    const [range, stepText, extra] = part.split('/');
    if (extra !== undefined || range === undefined || range === '') throw new CronExpressionError(expression, `"${part}" is not a valid ${spec.name}`);
    let step = 1;
    if (stepText !== undefined) {
      if (!/^\d{1,2}$/.test(stepText) || Number(stepText) === 0) throw new CronExpressionError(expression, `step "${stepText}" in the ${spec.name} field must be 1-99`);
      step = Number(stepText);
    }
    let from: number;
    let to: number;
    if (range === '*') {
      from = spec.min;
      to = spec.max;
    } else if (range.includes('-')) {
      const [a, b, more] = range.split('-');
      if (more !== undefined || !a || !b) throw new CronExpressionError(expression, `"${range}" is not a valid range`);
      from = parseValue(a, spec, expression);
      to = parseValue(b, spec, expression);
      if (from > to) throw new CronExpressionError(expression, `range ${range} runs backwards`);
    } else {
      from = parseValue(range, spec, expression);
      // "5/15" means from 5 to the end in steps of 15.
      to = stepText !== undefined ? spec.max : from;
    }
    for (let v = from; v <= to; v += step) out[v] = true;
  }
  return out;
}

export function parseCron(input: string): CronSchedule {
  const expression = input.trim();
  const text = MACROS[expression.toLowerCase()] ?? expression;
  const parts = text.split(/\s+/);
  if (parts.length !== 5) throw new CronExpressionError(expression, `expected 5 fields (minute hour day month weekday), got ${parts.length}`);
  const [minutes, hours, days, months, weekdays] = parts.map((p, i) => parseField(p, FIELDS[i]!, expression)) as [boolean[], boolean[], boolean[], boolean[], boolean[]];
  if (weekdays[7]) weekdays[0] = true;
  const schedule: CronSchedule = {
    expression,
    minutes,
    hours,
    days,
    months,
    weekdays: weekdays.slice(0, 7),
    dayOfMonthAny: parts[2]!.startsWith('*'),
    dayOfWeekAny: parts[4]!.startsWith('*'),
  };
  // A schedule that can never fire (30 February) would make nextRun search forever.
  nextRun(schedule, new Date(Date.UTC(2000, 0, 1)));
  return schedule;
}

function dayMatches(s: CronSchedule, t: Date): boolean {
  const dom = s.days[t.getUTCDate()] === true;
  const dow = s.weekdays[t.getUTCDay()] === true;
  if (s.dayOfMonthAny && s.dayOfWeekAny) return true;
  if (s.dayOfMonthAny) return dow;
  if (s.dayOfWeekAny) return dom;
  return dom || dow;
}

const MINUTE = 60_000;
// Leap-day schedules fire at least every 8 years; anything rarer is impossible.
const HORIZON_MS = 9 * 366 * 24 * 60 * MINUTE;

function floorMinute(ms: number): number {
  return Math.floor(ms / MINUTE) * MINUTE;
}

/** The first fire time strictly after `after`. */
export function nextRun(schedule: CronSchedule, after: Date): Date {
  const limit = after.getTime() + HORIZON_MS;
  let t = new Date(floorMinute(after.getTime()) + MINUTE);
  while (t.getTime() <= limit) {
    if (!schedule.months[t.getUTCMonth() + 1]) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1));
    } else if (!dayMatches(schedule, t)) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() + 1));
    } else if (!schedule.hours[t.getUTCHours()]) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours() + 1));
    } else if (!schedule.minutes[t.getUTCMinutes()]) {
      t = new Date(t.getTime() + MINUTE);
    } else {
      return t;
    }
  }
  throw new CronExpressionError(schedule.expression, 'it never fires');
}

/** The latest fire time at or before `atOrBefore`. */
export function previousRun(schedule: CronSchedule, atOrBefore: Date): Date {
  const limit = atOrBefore.getTime() - HORIZON_MS;
  let t = new Date(floorMinute(atOrBefore.getTime()));
  while (t.getTime() >= limit) {
    if (!schedule.months[t.getUTCMonth() + 1]) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), 1) - MINUTE);
    } else if (!dayMatches(schedule, t)) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()) - MINUTE);
    } else if (!schedule.hours[t.getUTCHours()]) {
      t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours()) - MINUTE);
    } else if (!schedule.minutes[t.getUTCMinutes()]) {
      t = new Date(t.getTime() - MINUTE);
    } else {
      return t;
    }
  }
  throw new CronExpressionError(schedule.expression, 'it never fires');
}
