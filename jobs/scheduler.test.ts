import { afterEach, describe, expect, it, vi } from 'vitest';
import { startScheduler, type CronCallResult } from './scheduler';

/** The local scheduler's timing against the registry's schedules, on fake timers. */
describe('local scheduler', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('calls each scheduled job once per fire time, just after it, and stops cleanly', async () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:30Z') });
    const calls: Array<{ type: string; at: string }> = [];
    const scheduler = startScheduler({
      call: async (type): Promise<CronCallResult> => {
        calls.push({ type, at: new Date().toISOString() });
        return { status: 202, body: '{}' };
      },
    });
    await vi.advanceTimersByTimeAsync(31_000);
    expect(calls).toEqual(['maintenance.reclaim-stuck', 'monitoring.collect', 'monitoring.evaluate'].map((type) => ({ type, at: '2030-01-01T00:01:01.000Z' })));

    await vi.advanceTimersByTimeAsync(4 * 60_000);
    const byType = (t: string) => calls.filter((c) => c.type === t).map((c) => c.at);
    expect(byType('maintenance.reclaim-stuck')).toEqual(['01', '02', '03', '04', '05'].map((m) => `2030-01-01T00:${m}:01.000Z`));
    expect(byType('monitoring.collect')).toEqual(['01', '02', '03', '04', '05'].map((m) => `2030-01-01T00:${m}:01.000Z`));
    expect(byType('maintenance.redis-sweep')).toEqual(['2030-01-01T00:05:01.000Z']);
    expect(byType('maintenance.prune-integration-calls')).toEqual([]);

    scheduler.stop();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    // Every minute: reclaim-stuck, monitoring.collect and monitoring.evaluate; plus one redis-sweep.
    expect(calls).toHaveLength(16);
  });

  it('retries a failed call within the slot (the web server may still be starting)', async () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T03:16:59Z') });
    const calls: string[] = [];
    let failures = 2;
    const scheduler = startScheduler({
      call: async (type) => {
        if (type !== 'maintenance.prune-integration-calls') return { status: 202, body: '{}' };
        calls.push(new Date().toISOString());
        if (failures-- > 0) throw new Error('ECONNREFUSED');
        return { status: 202, body: '{}' };
      },
    });
    await vi.advanceTimersByTimeAsync(20_000);
    scheduler.stop();
    expect(calls).toEqual(['2030-01-01T03:17:01.000Z', '2030-01-01T03:17:03.000Z', '2030-01-01T03:17:07.000Z']);
  });
});
