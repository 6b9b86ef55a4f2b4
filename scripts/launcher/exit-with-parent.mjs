// Preloaded (`node --import`) into the processes the sandbox launcher spawns (web server, worker,
// next build; Next passes it on to its own workers through NODE_OPTIONS). The launcher stops them on
// every orderly exit; if it dies without one (kill -9, an out-of-memory kill) this stops them too
// instead of leaving them holding the ports: SIGTERM first (a graceful stop), SIGKILL if that has not
// ended the process after 10 s (next dev waits for a busy compiler forever).
// The launcher names itself in DIDTRON_LAUNCHER_PID: "my parent at preload time" is not enough, since
// a launcher killed before a busy machine got round to running this preload has already been
// replaced as parent by init (seen once under load: a web server left running with PPID 1). Every
// descendant watches the launcher itself, so Next's own workers stop with it as well.
// Plain JavaScript: it runs before any TypeScript loader.
import { alive } from './process-alive.mjs';

const named = Number(process.env.DIDTRON_LAUNCHER_PID);
const launcher = Number.isInteger(named) && named > 1 ? named : process.ppid;


const timer = setInterval(() => {
  if (alive(launcher)) return;
  clearInterval(timer);
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => process.kill(process.pid, 'SIGKILL'), 10_000).unref();
}, 1000);
timer.unref();
