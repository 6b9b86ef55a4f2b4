import { z } from 'zod';
import { evaluateAlerts } from '@/lib/monitoring/evaluator';
import { defineJob } from './define';

/**
 * System Status, every minute: compares the snapshots with the budgets (slo_budgets) over their
 * 5- or 15-minute windows and raises, escalates or resolves alerts; new and escalated alerts notify
 * staff in-app and email OPS_ALERT_EMAIL through Brevo (one email per alert and severity). It runs
 * in the same minute as the collector, so it judges up to the previous minute's snapshots.
 */
export const monitoringEvaluate = defineJob({
  type: 'monitoring.evaluate',
  description: 'Evaluates the SLO budgets and raises, updates or resolves alerts.',
  payload: z.object({ at: z.iso.datetime().optional() }),
  schedule: '* * * * *',
  maxAttempts: 2,
  retryBackoffMs: 5_000,
  timeoutMs: 45_000,
  cronLockMs: 20_000,
  tags: ['monitoring'],
  handler: async (payload) => evaluateAlerts({ at: payload.at ? new Date(payload.at) : undefined }),
});
