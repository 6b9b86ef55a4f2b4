import http from 'node:http';
import { config } from '@/lib/config';
import { scheduledJobs } from '@/lib/jobs/catalog';
import { cronEndpointUrl } from '@/lib/jobs/cron';
import { nextRun, parseCron } from '@/lib/jobs/cron-expression';
import { signQstashToken } from '@/lib/jobs/qstash-token';
import { logger } from '@/lib/logger';

export type Scheduler = { stop(): void };

/** Fire a little after the slot, so the endpoint's clock is surely past it too. */
const FIRE_DELAY_MS = 1_000;
const MAX_TIMER_MS = 2_147_000_000;
const ATTEMPTS = 3;

export type CronCallResult = { status: number; body: string };

/**
 * Calls /api/cron/<job> on the local web server as QStash would: the public URL's path, the Host
 * of the root domain (the proxy resolves hosts, and an IP is not one), and a QStash signature made
 * with the configured signing key, or the cron secret when no QStash keys are set.
 */
export function callCronEndpoint(jobType: string, options: { port?: number } = {}): Promise<CronCallResult> {
  const cfg = config();
  const publicUrl = cronEndpointUrl(jobType);
  const headers: Record<string, string> = { host: `${cfg.ROOT_DOMAIN}:${options.port ?? cfg.PORT}`, 'content-length': '0' };
  if (cfg.qstash) headers['upstash-signature'] = signQstashToken({ key: cfg.qstash.currentSigningKey, url: publicUrl, body: '' });
  else if (cfg.cronSecret) headers.authorization = `Bearer ${cfg.cronSecret}`;
  else return Promise.reject(new Error('neither QStash signing keys nor CRON_SECRET are configured'));
  return new Promise((resolve, reject) => {
    const req = http.request({ host: cfg.localWebHost, port: options.port ?? cfg.PORT, method: 'POST', path: new URL(publicUrl).pathname, headers, timeout: 30_000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('timeout', () => req.destroy(new Error('cron call timed out')));
    req.on('error', reject);
    req.end();
  });
}

/**
 * The local stand-in for QStash schedules (sandbox, self-hosting): for each scheduled job of the
 * catalog, waits for the next fire time of its cron expression and POSTs the job's cron endpoint,
 * so local runs take exactly the production path (authentication, lock, slot key, cron_runs).
 * Several schedulers (several workers) are harmless: the endpoint enqueues once per slot.
 */
export function startScheduler(options: { port?: number; call?: (jobType: string) => Promise<CronCallResult> } = {}): Scheduler {
  const call = options.call ?? ((jobType: string) => callCronEndpoint(jobType, options));
  const log = logger.child({ component: 'scheduler' });
  const timers = new Map<string, NodeJS.Timeout>();
  let stopped = false;

  const fire = async (jobType: string) => {
    for (let attempt = 1; attempt <= ATTEMPTS && !stopped; attempt++) {
      try {
        const res = await call(jobType);
        if (res.status < 500) {
          const level = res.status < 300 ? 'debug' : 'warn';
          log[level]({ jobType, status: res.status, body: res.body.slice(0, 300) }, 'cron endpoint called');
          return;
        }
        log.warn({ jobType, status: res.status, attempt }, 'cron endpoint failed');
      } catch (error) {
        // The web server may still be starting; the slot's key makes a retry safe.
        log.warn({ jobType, attempt, error: error instanceof Error ? error.message : String(error) }, 'cron endpoint unreachable');
      }
      await new Promise((resolve) => setTimeout(resolve, 2_000 * attempt));
    }
  };

  const arm = (jobType: string, schedule: string) => {
    if (stopped) return;
    const at = nextRun(parseCron(schedule), new Date());
    const wait = () => {
      const remaining = at.getTime() + FIRE_DELAY_MS - Date.now();
      if (remaining > 0) {
        timers.set(jobType, setTimeout(wait, Math.min(remaining, MAX_TIMER_MS)));
        return;
      }
      void fire(jobType).finally(() => arm(jobType, schedule));
    };
    wait();
  };

  const jobs = scheduledJobs();
  for (const def of jobs) arm(def.type, def.schedule!);
  log.info({ jobs: jobs.map((d) => `${d.type} (${d.schedule})`) }, 'local scheduler started');
  return {
    stop() {
      stopped = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
    },
  };
}
