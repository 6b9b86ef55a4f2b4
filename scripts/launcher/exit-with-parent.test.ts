import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const PRELOAD = pathToFileURL(path.resolve(import.meta.dirname, 'exit-with-parent.mjs')).href;

function exitOf(child: ReturnType<typeof spawn>, timeoutMs: number): Promise<'exited' | 'still running'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('still running'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve('exited');
    });
  });
}

describe('exit-with-parent preload', () => {
  // The race seen under load: the launcher is killed after spawning a child but before the child's
  // preload ran; the child then starts with init as its parent and must still notice.
  it('stops a child whose launcher died before the preload ran', async () => {
    const gone = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => gone.once('exit', resolve));
    const child = spawn(process.execPath, ['--import', PRELOAD, '-e', 'setInterval(() => {}, 1000)'], {
      env: { ...process.env, DIDTRON_LAUNCHER_PID: String(gone.pid) },
      stdio: 'ignore',
    });
    const outcome = await exitOf(child, 15_000);
    if (outcome === 'still running') child.kill('SIGKILL');
    expect(outcome).toBe('exited');
  });

  it('leaves a child running while its launcher lives', async () => {
    const child = spawn(process.execPath, ['--import', PRELOAD, '-e', 'setInterval(() => {}, 1000)'], {
      env: { ...process.env, DIDTRON_LAUNCHER_PID: String(process.pid) },
      stdio: 'ignore',
    });
    const outcome = await exitOf(child, 3_000);
    child.kill('SIGKILL');
    expect(outcome).toBe('still running');
  });
});
