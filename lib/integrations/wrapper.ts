import { integrationCalls } from '@/db/schema';
import { logger } from '@/lib/logger';
import { infraDb } from '@/db/client';
import { describeError } from './redact';
import type { IntegrationName } from './names';

export type IntegrationCallOptions = {
  /**
   * Errors that are a correct answer of the external system rather than a failure of it (an object
   * store's "no such key"). They are still thrown to the caller, but the call is recorded as ok, so
   * that probing for a missing object does not make a healthy integration look degraded.
   */
  isExpected?: (error: unknown) => boolean;
};

export type IntegrationOutcome<T> =
  | { ok: true; value: T; latencyMs: number }
  | { ok: false; error: unknown; errorText: string; latencyMs: number };

// Recording happens after the call and is not awaited by it; this bounds the writes in flight
// (a slow or unreachable database must not pile up promises) and lets tests and shutdown flush.
const MAX_PENDING_WRITES = 1000;
const pending = new Set<Promise<void>>();
let dropped = 0;

type CallRecord = { integration: string; operation: string; ok: boolean; latencyMs: number; error: string | null };

function record(row: CallRecord): void {
  if (pending.size >= MAX_PENDING_WRITES) {
    dropped += 1;
    if (dropped === 1 || dropped % 1000 === 0) logger.warn({ dropped }, 'integration call records dropped: too many writes in flight');
    return;
  }
  const write: Promise<void> = (async () => {
    await infraDb().insert(integrationCalls).values(row);
  })()
    .catch((error: unknown) => {
      logger.error({ integration: row.integration, operation: row.operation, error: describeError(error) }, 'could not record integration call');
    })
    .finally(() => {
      pending.delete(write);
    });
  pending.add(write);
}

/** Waits for every call record still being written (tests, graceful shutdown). */
export async function flushIntegrationCalls(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending]);
}

/**
 * Runs one call to an external system and reports how it went instead of throwing: latency,
 * success or failure, redacted error text. Every outcome is logged and recorded in integration_calls.
 */
export async function callIntegrationSettled<T>(
  integration: IntegrationName,
  operation: string,
  fn: () => Promise<T>,
  options: IntegrationCallOptions = {},
): Promise<IntegrationOutcome<T>> {
  const started = performance.now();
  try {
    const value = await fn();
    const elapsed = performance.now() - started;
    record({ integration, operation, ok: true, latencyMs: Math.round(elapsed), error: null });
    logger.info({ integration, operation, durationMs: round1(elapsed), ok: true }, 'integration call');
    return { ok: true, value, latencyMs: Math.round(elapsed) };
  } catch (error) {
    const elapsed = performance.now() - started;
    const errorText = describeError(error);
    if (options.isExpected?.(error)) {
      record({ integration, operation, ok: true, latencyMs: Math.round(elapsed), error: null });
      logger.info({ integration, operation, durationMs: round1(elapsed), ok: true, outcome: errorText }, 'integration call');
    } else {
      record({ integration, operation, ok: false, latencyMs: Math.round(elapsed), error: errorText });
      logger.warn({ integration, operation, durationMs: round1(elapsed), ok: false, error: errorText }, 'integration call failed');
    }
    return { ok: false, error, errorText, latencyMs: Math.round(elapsed) };
  }
}

/** The one door to every external system: same as callIntegrationSettled, but rethrows the error. */
export async function callIntegration<T>(
  integration: IntegrationName,
  operation: string,
  fn: () => Promise<T>,
  options?: IntegrationCallOptions,
): Promise<T> {
  const outcome = await callIntegrationSettled(integration, operation, fn, options);
  if (outcome.ok) return outcome.value;
  throw outcome.error;
}

function round1(ms: number): number {
  return Math.round(ms * 10) / 10;
}
