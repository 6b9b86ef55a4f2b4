/**
 * `npm run bench`: prints the platform's measured figures. Nothing here asserts; numbers are for
 * reading and comparing between commits on the same machine.
 */
import { spawnSync } from 'node:child_process';

for (const script of ['bench/resolve-host.ts', 'bench/tenant-list.ts', 'bench/redis-port.ts']) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit', env: process.env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
