import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config';
import { configProblems } from '@/tests/config-problems';

const ours = (env: Record<string, string | undefined>) => configProblems({ APP_MODE: 'production', ...env }).filter((p) => p.includes('OPS_ALERT_EMAIL'));

describe('OPS_ALERT_EMAIL', () => {
  it('defaults to the sandbox operations mailbox and accepts an address', () => {
    expect(parseConfig({}).OPS_ALERT_EMAIL).toBe('ops@didtron.localhost');
    expect(parseConfig({ OPS_ALERT_EMAIL: 'noc@carrier.example' }).OPS_ALERT_EMAIL).toBe('noc@carrier.example');
    expect(configProblems({ OPS_ALERT_EMAIL: 'not an address' }).join('\n')).toMatch(/^OPS_ALERT_EMAIL:/);
  });

  it('is required in production and must not be a local mailbox there', () => {
    expect(ours({}).join('\n')).toContain('OPS_ALERT_EMAIL is required in production');
    expect(ours({ OPS_ALERT_EMAIL: 'ops@didtron.localhost' }).join('\n')).toContain('must be a real mailbox in production');
    expect(ours({ OPS_ALERT_EMAIL: 'ops@didtron.com' })).toEqual([]);
  });
});
