// Preloaded (`node --import`) into the processes the sandbox launcher spawns (web server, worker,
// next build; Next passes it on to its own workers through NODE_OPTIONS). The launcher stops them on
// every orderly exit; if it dies without one (kill -9, an out-of-memory kill) they are re-parented,
// and this stops them too instead of leaving them holding the ports: SIGTERM first (a graceful stop),
// SIGKILL if that has not ended the process after 10 s (next dev waits for a busy compiler forever).
// Plain JavaScript: it runs before any TypeScript loader.
const launcher = process.ppid;
const timer = setInterval(() => {
  if (process.ppid === launcher) return;
  clearInterval(timer);
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => process.kill(process.pid, 'SIGKILL'), 10_000).unref();
}, 1000);
timer.unref();
