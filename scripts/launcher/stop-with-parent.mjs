// `node stop-with-parent.mjs <launcher pid> <target pid>`: a detached watchdog for a process that
// cannot preload exit-with-parent.mjs (the embedded PostgreSQL server). When the launcher dies
// without stopping the target, this stops it (SIGINT: PostgreSQL's fast shutdown) and exits; it also
// exits when the target is gone. The launcher kills it on its orderly exit.
import { alive } from './process-alive.mjs';

const [launcher, target] = process.argv.slice(2).map(Number);


const timer = setInterval(() => {
  if (!alive(target)) process.exit(0);
  if (alive(launcher)) return;
  clearInterval(timer);
  try {
    process.kill(target, 'SIGINT');
  } catch {
    /* already gone */
  }
  // PostgreSQL waits for its sessions on SIGINT only briefly; escalate if it is still there.
  setTimeout(() => {
    if (alive(target)) process.kill(target, 'SIGQUIT');
  }, 10_000);
  setTimeout(() => {
    if (alive(target)) process.kill(target, 'SIGKILL');
    process.exit(0);
  }, 20_000);
}, 500);
