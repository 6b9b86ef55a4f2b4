// Shared by the launcher's two watchdogs (exit-with-parent.mjs, stop-with-parent.mjs). Plain
// JavaScript: it is loaded by a preload, before any TypeScript loader.
import { readFileSync } from 'node:fs';

/** True while `pid` runs; a process its parent has not reaped yet is a zombie: dead all the same. */
export function alive(pid) {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return error.code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat[stat.lastIndexOf(')') + 2] !== 'Z';
  } catch {
    return true;
  }
}
