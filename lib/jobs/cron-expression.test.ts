import { describe, expect, it } from 'vitest';
import { CronExpressionError, nextRun, parseCron, previousRun } from './cron-expression';

const at = (s: string) => new Date(s);
const next = (expr: string, from: string) => nextRun(parseCron(expr), at(from)).toISOString();
const prev = (expr: string, from: string) => previousRun(parseCron(expr), at(from)).toISOString();

describe('cron expressions (UTC)', () => {
  it('finds the next fire time strictly after the given instant', () => {
    expect(next('* * * * *', '2030-01-01T00:00:00.000Z')).toBe('2030-01-01T00:01:00.000Z');
    expect(next('* * * * *', '2030-01-01T00:00:59.999Z')).toBe('2030-01-01T00:01:00.000Z');
    expect(next('*/5 * * * *', '2030-01-01T00:07:10Z')).toBe('2030-01-01T00:10:00.000Z');
    expect(next('17 3 * * *', '2030-01-01T03:17:00Z')).toBe('2030-01-02T03:17:00.000Z');
    expect(next('0 0 1 * *', '2030-01-31T12:00:00Z')).toBe('2030-02-01T00:00:00.000Z');
    expect(next('0 12 * * mon-fri', '2030-01-04T13:00:00Z')).toBe('2030-01-07T12:00:00.000Z'); // Fri -> Mon
    expect(next('30 9 * feb *', '2030-03-01T00:00:00Z')).toBe('2031-02-01T09:30:00.000Z');
    expect(next('0 0 29 2 *', '2030-03-01T00:00:00Z')).toBe('2032-02-29T00:00:00.000Z');
    expect(next('5/20 * * * *', '2030-01-01T00:26:00Z')).toBe('2030-01-01T00:45:00.000Z');
    expect(next('@daily', '2030-05-05T10:00:00Z')).toBe('2030-05-06T00:00:00.000Z');
  });

  it('finds the latest fire time at or before the given instant', () => {
    expect(prev('* * * * *', '2030-01-01T00:00:30Z')).toBe('2030-01-01T00:00:00.000Z');
    expect(prev('*/5 * * * *', '2030-01-01T00:05:00Z')).toBe('2030-01-01T00:05:00.000Z');
    expect(prev('*/5 * * * *', '2030-01-01T00:04:59Z')).toBe('2030-01-01T00:00:00.000Z');
    expect(prev('17 3 * * *', '2030-01-01T03:16:00Z')).toBe('2029-12-31T03:17:00.000Z');
    expect(prev('0 0 1 1 *', '2030-06-01T00:00:00Z')).toBe('2030-01-01T00:00:00.000Z');
    expect(prev('0 12 * * 1', '2030-01-06T23:00:00Z')).toBe('2029-12-31T12:00:00.000Z'); // Sun -> previous Mon
  });

  it('ORs day-of-month and day-of-week when both are restricted, as Vixie cron does', () => {
    // The 13th, or any Friday.
    expect(next('0 0 13 * 5', '2030-01-01T00:00:00Z')).toBe('2030-01-04T00:00:00.000Z'); // Friday the 4th
    expect(next('0 0 13 * 5', '2030-01-11T00:00:00Z')).toBe('2030-01-13T00:00:00.000Z'); // Sunday the 13th
    // Weekday 7 is Sunday too.
    expect(next('0 0 * * 7', '2030-01-01T00:00:00Z')).toBe('2030-01-06T00:00:00.000Z');
  });

  it('agrees with itself: previous(next(t)) is next(t), for many instants and expressions', () => {
    const exprs = ['*/7 * * * *', '0 */3 * * *', '15 10 * * 1-5', '0 0 1,15 * *', '45 23 * * 0', '0 6 1 1,7 *'];
    for (const expr of exprs) {
      const s = parseCron(expr);
      for (let i = 0; i < 40; i++) {
        const t = new Date(Date.UTC(2030, 0, 1) + i * 37 * 3_600_000 + i * 61_000);
        const n = nextRun(s, t);
        expect(n.getTime()).toBeGreaterThan(t.getTime());
        expect(previousRun(s, n).getTime()).toBe(n.getTime());
        // Nothing fires between t and n.
        expect(previousRun(s, new Date(n.getTime() - 60_000)).getTime()).toBeLessThanOrEqual(t.getTime());
      }
    }
  });

  it('refuses malformed expressions and schedules that never fire, naming the problem', () => {
    for (const [expr, problem] of [
      ['* * * *', /expected 5 fields/],
      ['60 * * * *', /minute 60 is outside 0-59/],
      ['* 24 * * *', /hour 24/],
      ['*/0 * * * *', /step "0"/],
      ['5-1 * * * *', /runs backwards/],
      ['a * * * *', /not a valid minute/],
      ['1,,2 * * * *', /empty list item/],
      ['0 0 30 2 *', /never fires/],
    ] as const) {
      expect(() => parseCron(expr)).toThrow(CronExpressionError);
      expect(() => parseCron(expr)).toThrow(problem);
    }
  });
});
