import { describe, expect, it } from 'vitest';
import { formatMetric } from '@/components/monitoring/format';
import { describeBreach, formatValue } from './budgets';
import { distinguishingDecimals, formatAgainst, formatNumber } from './format-number';

const p95 = { label: 'API list p95', comparator: 'gt', unit: 'ms', windowMinutes: 5, sustainedMinutes: 0 } as const;

describe('alert messages print enough digits to show why they hold', () => {
  it('prints 60.04 ms against a threshold of 60 ms', () => {
    expect(describeBreach(p95, 'warning', 60.04, 60)).toBe('API list p95 is 60.04 ms, above the warning threshold of 60 ms (5-minute window).');
  });

  it('keeps the usual precision when it already tells the numbers apart', () => {
    expect(describeBreach({ ...p95, label: 'Redis p95' }, 'warning', 45, 30)).toBe('Redis p95 is 45 ms, above the warning threshold of 30 ms (5-minute window).');
    expect(describeBreach(p95, 'critical', 130.46, 120)).toBe('API list p95 is 130 ms, above the critical threshold of 120 ms (5-minute window).');
    expect(describeBreach(p95, 'warning', 60.06, 60)).toBe('API list p95 is 60.1 ms, above the warning threshold of 60 ms (5-minute window).');
    expect(describeBreach({ ...p95, label: 'Backlog', unit: 'jobs', comparator: 'gte', sustainedMinutes: 15 }, 'warning', 500, 500)).toBe(
      'Backlog is 500 jobs, at or above the warning threshold of 500 jobs for 15 minutes in a row.',
    );
  });

  it('chooses the fewest decimals that distinguish value from threshold, on either side and across 100', () => {
    expect(distinguishingDecimals(60.04, 60)).toBe(2);
    expect(distinguishingDecimals(60.06, 60)).toBe(1);
    expect(distinguishingDecimals(100.4, 100)).toBe(1);
    expect(distinguishingDecimals(99.96, 100)).toBe(2);
    expect(distinguishingDecimals(120.0004, 120)).toBe(4);
    expect(distinguishingDecimals(60, 60)).toBe(1);
    expect(distinguishingDecimals(60 + 1e-9, 60)).toBeNull();
    expect(formatAgainst(99.96, 100)).toBe('99.96');
    expect(formatAgainst(100, 99.96)).toBe('100');
    expect(formatAgainst(60 + 1e-9, 60)).toBe(String(60 + 1e-9));
    expect(formatNumber(1234.5)).toBe('1235');
    expect(formatValue(2.345, 'min')).toBe('2.3 min');
  });

  it('System Status figures use the same rule next to their threshold', () => {
    expect(formatMetric(60.04, 'ms', 60)).toBe('60.04 ms');
    expect(formatMetric(60, 'ms', 60.04)).toBe('60 ms');
    expect(formatMetric(1200.4, 'ms', 1200)).toBe('1,200.4 ms');
    expect(formatMetric(42, 'ms', null)).toBe('42 ms');
    expect(formatMetric(null, 'ms', 60)).toBe('—');
  });
});
