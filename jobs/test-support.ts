import { setTimeout as sleep } from 'node:timers/promises';
import { count, eq } from 'drizzle-orm';
import { demoJobItems } from '@/db/schema';
import { jobEvents, jobQueue } from '@/db/schema/dataqueue';
import { infraDb } from '@/db/client';

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs` naming `what`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 20_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(intervalMs);
  }
}

export async function jobRow(id: number) {
  const [row] = await infraDb().select().from(jobQueue).where(eq(jobQueue.id, id));
  if (!row) throw new Error(`job ${id} not found`);
  return row;
}

export async function jobEventTypes(id: number): Promise<string[]> {
  const rows = await infraDb().select({ type: jobEvents.eventType }).from(jobEvents).where(eq(jobEvents.jobId, id)).orderBy(jobEvents.id);
  return rows.map((r) => r.type);
}

export async function demoItems(jobId: number): Promise<number[]> {
  const rows = await infraDb().select({ itemNo: demoJobItems.itemNo }).from(demoJobItems).where(eq(demoJobItems.jobKey, `job:${jobId}`)).orderBy(demoJobItems.itemNo);
  return rows.map((r) => r.itemNo);
}

export async function demoItemCount(jobId: number): Promise<number> {
  const [row] = await infraDb().select({ n: count() }).from(demoJobItems).where(eq(demoJobItems.jobKey, `job:${jobId}`));
  return row?.n ?? 0;
}

export const range = (n: number) => Array.from({ length: n }, (_, i) => i);
