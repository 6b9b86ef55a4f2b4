/**
 * The worker process: `DIDTRON_PROCESS=worker node --import tsx jobs/worker.ts` (npm start spawns
 * it next to the web server; in production it runs alone, as many as needed). Settings come from
 * lib/config (WORKER_CONCURRENCY, JOB_LOCK_TIMEOUT_MS, LOCAL_SCHEDULER); these flags narrow a
 * worker for operations and tests:
 *   --types=a.b,c.d   only these job types        --tag=<tag>        only jobs with this tag
 *   --concurrency=<n> overrides WORKER_CONCURRENCY  --no-scheduler     never run the local scheduler
 * SIGTERM/SIGINT stop it gracefully: no new claims, running jobs finish or go back to the queue.
 *
 * This file imports the app lazily so that DIDTRON_PROCESS is set before the logger and the
 * database pool read it.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WorkerHandle, WorkerOptions } from './processor';

export type { WorkerHandle, WorkerOptions } from './processor';

/** Starts the job processor (and, with LOCAL_SCHEDULER, the local scheduler) in this process. */
export async function startWorker(options: WorkerOptions = {}): Promise<WorkerHandle> {
  process.env.DIDTRON_PROCESS ??= 'worker';
  const { startProcessor } = await import('./processor');
  return startProcessor(options);
}

export function parseWorkerArgs(argv: readonly string[]): WorkerOptions {
  const options: WorkerOptions = {};
  for (const arg of argv) {
    const [flag, value] = arg.split('=', 2) as [string, string | undefined];
    if (flag === '--types' && value) options.types = value.split(',').filter(Boolean);
    else if (flag === '--tag' && value) options.tag = value;
    else if (flag === '--concurrency' && value && /^\d+$/.test(value)) options.concurrency = Number(value);
    else if (flag === '--no-scheduler') options.scheduler = false;
    else throw new Error(`unknown worker argument ${arg}`);
  }
  return options;
}

function isMain(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return fs.realpathSync(entry) === fs.realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  process.env.DIDTRON_PROCESS ??= 'worker';
  if (fs.existsSync('.env')) process.loadEnvFile('.env');
  const worker = await startWorker(parseWorkerArgs(process.argv.slice(2)));
  const { logger } = await import('@/lib/logger');
  const { closeDb } = await import('@/db/client');
  let exiting = false;
  const exit = (signal: string) => {
    if (exiting) return;
    exiting = true;
    logger.info({ signal }, 'worker stopping');
    void worker
      .stop()
      .then(() => closeDb())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error({ error: error instanceof Error ? error.message : String(error) }, 'worker stop failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => exit('SIGTERM'));
  process.on('SIGINT', () => exit('SIGINT'));
}
