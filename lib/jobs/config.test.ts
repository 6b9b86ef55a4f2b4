import { describe, expect, it } from 'vitest';
import { configProblems, PRODUCTION_CORE } from '@/tests/config-problems';
import { parseConfig, SANDBOX_CRON_SECRET } from '@/lib/config';

const production = {
  ...PRODUCTION_CORE,
};

const problems = configProblems;

const ours = (env: Record<string, string | undefined>) => problems(env).filter((p) => /CRON_SECRET|QSTASH/.test(p));

describe('jobs and cron settings in lib/config', () => {
  it('runs sandbox on a public cron secret, the local scheduler and two worker slots', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ cronSecret: SANDBOX_CRON_SECRET, qstash: undefined, localScheduler: true, WORKER_CONCURRENCY: 2, JOB_LOCK_TIMEOUT_MS: 60_000 });
    expect(parseConfig({ LOCAL_SCHEDULER: 'false', WORKER_CONCURRENCY: '8' })).toMatchObject({ localScheduler: false, WORKER_CONCURRENCY: 8 });
  });

  it('requires a way to authenticate cron callers in production, and no local scheduler by default', () => {
    expect(ours(production).join('\n')).toContain('QSTASH_CURRENT_SIGNING_KEY and QSTASH_NEXT_SIGNING_KEY (or, self-hosting, CRON_SECRET) are required in production');
    expect(ours({ ...production, QSTASH_CURRENT_SIGNING_KEY: 'sig_a', QSTASH_NEXT_SIGNING_KEY: 'sig_b' })).toEqual([]);
    expect(ours({ ...production, CRON_SECRET: 'x'.repeat(40) })).toEqual([]);
  });

  it('refuses the sandbox secret and short secrets in production', () => {
    expect(ours({ ...production, CRON_SECRET: SANDBOX_CRON_SECRET }).join('\n')).toContain('CRON_SECRET holds the public sandbox default');
    expect(ours({ ...production, CRON_SECRET: 'only-twenty-chars-xx' }).join('\n')).toContain('CRON_SECRET must be at least 32 characters');
    expect(problems({ CRON_SECRET: 'short' }).join('\n')).toMatch(/CRON_SECRET: must be at least 16 characters/);
  });

  it('refuses half a QStash key pair in every mode', () => {
    expect(problems({ QSTASH_CURRENT_SIGNING_KEY: 'sig_a' }).join('\n')).toContain('QSTASH_NEXT_SIGNING_KEY is not set, but its pair is');
    expect(problems({ QSTASH_NEXT_SIGNING_KEY: 'sig_b' }).join('\n')).toContain('QSTASH_CURRENT_SIGNING_KEY is not set, but its pair is');
    expect(parseConfig({ QSTASH_CURRENT_SIGNING_KEY: 'sig_a', QSTASH_NEXT_SIGNING_KEY: 'sig_b' }).qstash).toEqual({ currentSigningKey: 'sig_a', nextSigningKey: 'sig_b' });
  });

  it('reads LOCAL_SCHEDULER as a boolean, refusing anything else', () => {
    // The production default (off) is parsed the same way; a complete production environment
    // belongs to every domain, so it is not rebuilt here.
    expect(parseConfig({ LOCAL_SCHEDULER: '0' }).localScheduler).toBe(false);
    expect(parseConfig({ LOCAL_SCHEDULER: '1' }).localScheduler).toBe(true);
    expect(problems({ LOCAL_SCHEDULER: 'maybe' }).join('\n')).toMatch(/LOCAL_SCHEDULER/);
  });
});
