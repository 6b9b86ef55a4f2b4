import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Thrown by the launch sequence once it is stopping: nothing more may start. */
export class LaunchStopped extends Error {
  constructor() {
    super('the start is stopping');
    this.name = 'LaunchStopped';
  }
}

/** A failure whose message already says what to do (printed as is, on one line). */
export class LaunchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LaunchError';
  }
}

const EXIT_WITH_PARENT = pathToFileURL(path.resolve(import.meta.dirname, 'exit-with-parent.mjs')).href;

/** Node arguments that make a spawned Node process stop when the launcher dies without stopping it. */
export const exitWithParentArgs = ['--import', EXIT_WITH_PARENT] as const;

type Cleanup = { name: string; run: () => Promise<void> };

/**
 * Everything one start has started, so that any way out (a failed step, a signal, a crash) stops all
 * of it: child processes get SIGTERM (then SIGKILL after `graceMs`), then the cleanups run in
 * reverse order of registration (fakes, then the database). A step still running when the stop
 * begins (say the database starting) is awaited first, so what it starts is stopped too.
 */
export class Launch {
  private readonly cleanups: Cleanup[] = [];
  private readonly children = new Set<ChildProcess>();
  private inFlight: Promise<unknown> | undefined;
  private stopped: Promise<void> | undefined;

  constructor(private readonly options: { graceMs: number; log: (message: string) => void }) {}

  get stopping(): boolean {
    return this.stopped !== undefined;
  }

  /** Throws LaunchStopped once the stop has begun. */
  checkpoint() {
    if (this.stopping) throw new LaunchStopped();
  }

  /** Runs one step of the sequence; a stop that begins meanwhile waits for it, then undoes it. */
  async step<T>(run: () => Promise<T>): Promise<T> {
    this.checkpoint();
    const pending = run();
    this.inFlight = pending.catch(() => {});
    try {
      return await pending;
    } finally {
      this.inFlight = undefined;
      this.checkpoint();
    }
  }

  /** Registers the undoing of something just started. */
  onStop(name: string, run: () => Promise<void>) {
    this.cleanups.push({ name, run });
  }

  /** Spawns a child process that this launch stops (and that stops itself if the launcher dies, for Node children given exitWithParentArgs). */
  spawn(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
    this.checkpoint();
    // exit-with-parent.mjs watches this process by its pid (see there why not by the parent's).
    const env = { ...(options.env ?? process.env), DIDTRON_LAUNCHER_PID: String(process.pid) };
    const child = spawn(command, args, { ...options, env });
    this.children.add(child);
    child.once('exit', () => this.children.delete(child));
    return child;
  }

  /** Stops everything, once; later calls return the same promise. */
  stop(): Promise<void> {
    this.stopped ??= this.stopAll();
    return this.stopped;
  }

  private async stopAll() {
    const living = () => [...this.children].filter((c) => c.exitCode === null && c.signalCode === null);
    for (const child of living()) child.kill('SIGTERM');
    await this.inFlight;
    // The worker hands its running jobs back to the queue within its grace period after SIGTERM.
    const exited = Promise.all(living().map((c) => new Promise((resolve) => c.once('exit', resolve))));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, this.options.graceMs)))]);
    clearTimeout(timer);
    for (const child of living()) {
      this.options.log(`process ${child.pid} did not stop within ${this.options.graceMs / 1000} s: killing it`);
      child.kill('SIGKILL');
    }
    for (const cleanup of this.cleanups.reverse()) {
      await cleanup.run().catch((error: unknown) => this.options.log(`could not stop ${cleanup.name}: ${oneLine(error)}`));
    }
  }
}

/** An error as one line (no stack), for the launcher's messages. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, '; ').trim();
}
