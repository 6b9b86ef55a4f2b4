import { randomUUID } from 'node:crypto';
import { and, eq, lt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrationCalls } from '@/db/schema';
import { config } from '@/lib/config';
import { infraDb } from '@/db/client';
import { getIntegrationHealth, pruneIntegrationCalls } from './health';
import { describeError, ERROR_TEXT_MAX, redactSecrets } from './redact';
import { callIntegration, callIntegrationSettled, flushIntegrationCalls } from './wrapper';

const PARTNER_SECRET = `partner-secret-${randomUUID()}`;

beforeAll(() => {
  // A credential setting this process knows about: its value must never reach stored error text.
  process.env.TEST_PARTNER_API_KEY = PARTNER_SECRET;
});

afterAll(() => {
  delete process.env.TEST_PARTNER_API_KEY;
});

async function rowsFor(operation: string) {
  await flushIntegrationCalls();
  return infraDb().select().from(integrationCalls).where(eq(integrationCalls.operation, operation));
}

describe('callIntegration', () => {
  it('returns the value and records a successful call with its latency', async () => {
    const op = `op-${randomUUID()}`;
    const value = await callIntegration('r2', op, async () => {
      await new Promise((r) => setTimeout(r, 20));
      return 42;
    });
    expect(value).toBe(42);
    const [row, ...rest] = await rowsFor(op);
    expect(rest).toHaveLength(0);
    expect(row).toMatchObject({ integration: 'r2', operation: op, ok: true, error: null });
    expect(row!.latencyMs).toBeGreaterThanOrEqual(15);
    expect(row!.occurredAt).toBeInstanceOf(Date);
  });

  it('rethrows the original error and records the failure', async () => {
    const op = `op-${randomUUID()}`;
    const boom = new TypeError('upstream said no');
    await expect(callIntegration('brevo', op, () => Promise.reject(boom))).rejects.toBe(boom);
    const [row] = await rowsFor(op);
    expect(row).toMatchObject({ integration: 'brevo', ok: false, error: 'TypeError: upstream said no' });
  });

  it('records an expected error (e.g. not found) as ok but still throws it', async () => {
    const op = `op-${randomUUID()}`;
    const notFound = new Error('no such key');
    await expect(callIntegration('r2', op, () => Promise.reject(notFound), { isExpected: (e) => e === notFound })).rejects.toBe(notFound);
    const [row] = await rowsFor(op);
    expect(row).toMatchObject({ ok: true, error: null });
  });

  it('settled form reports outcome and latency without throwing', async () => {
    const op = `op-${randomUUID()}`;
    const outcome = await callIntegrationSettled('brevo', op, () => Promise.reject(new Error('nope')));
    expect(outcome).toMatchObject({ ok: false, errorText: 'Error: nope' });
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it('never lets a failed record write break the call', async () => {
    // PostgreSQL rejects NUL bytes in text, so this record cannot be stored.
    const op = `op-${randomUUID()}\u0000`;
    await expect(callIntegration('r2', op, async () => 'still fine')).resolves.toBe('still fine');
    await flushIntegrationCalls();
    const rows = await infraDb().select().from(integrationCalls).where(eq(integrationCalls.operation, op.replace('\u0000', '')));
    expect(rows).toHaveLength(0);
  });
});

describe('secrets never reach stored error text', () => {
  it('scrubs configured secret values, credential headers, presigned signatures and URL passwords', async () => {
    const op = `op-${randomUUID()}`;
    const brevoKey = config().brevoApiKey!;
    const message = [
      `partner rejected ${PARTNER_SECRET}`,
      `brevo key ${brevoKey}`,
      'request headers: api-key: xkeysib-abcdef0123456789-XYZ, Authorization: Bearer eyJhbGciOi.payload.sig',
      'url https://r2.example/b/k?X-Amz-Credential=AKIA123%2F20260101&X-Amz-Signature=deadbeefcafe',
      'db postgres://didtron_app:hunter2hunter2@db.example:5432/didtron',
      'stripe sk_live_51Habcdefghijklmnop',
    ].join(' | ');
    await callIntegration('brevo', op, () => Promise.reject(new Error(message))).catch(() => {});
    const [row] = await rowsFor(op);
    const stored = row!.error!;
    for (const secret of [PARTNER_SECRET, brevoKey, 'xkeysib-abcdef0123456789-XYZ', 'eyJhbGciOi.payload.sig', 'AKIA123', 'deadbeefcafe', 'hunter2hunter2', 'sk_live_51Habcdefghijklmnop']) {
      expect(stored).not.toContain(secret);
    }
    expect(stored).toContain('[redacted]');
    // What is left is still useful.
    expect(stored).toContain('partner rejected');
    expect(stored).toContain('db.example:5432');
  });

  it('truncates long error text', () => {
    const text = describeError(new Error('x'.repeat(5000)));
    expect(text.length).toBe(ERROR_TEXT_MAX);
    expect(text.endsWith('…')).toBe(true);
  });

  it('leaves ordinary text alone', () => {
    expect(redactSecrets('Unexpected token < in JSON at position 0')).toBe('Unexpected token < in JSON at position 0');
    expect(redactSecrets('connect ECONNREFUSED 127.0.0.1:4590')).toBe('connect ECONNREFUSED 127.0.0.1:4590');
  });
});

describe('getIntegrationHealth', () => {
  // History placed in the past and read "as of" then, so concurrent tests' calls cannot interfere.
  const asOf = new Date('2001-03-04T12:00:00.000Z');
  const minutesBefore = (m: number) => new Date(asOf.getTime() - m * 60_000);

  beforeAll(async () => {
    const rows: Array<typeof integrationCalls.$inferInsert> = [];
    // 100 brevo calls in the window with latencies 1..100 ms; those of 10, 20, 30, 40, 50 ms failed.
    for (let latency = 1; latency <= 100; latency += 1) {
      const failed = latency % 10 === 0 && latency <= 50;
      rows.push({
        integration: 'brevo',
        operation: 'sendEmail',
        ok: !failed,
        latencyMs: latency,
        error: failed ? `Error: failure at ${latency}` : null,
        // Spread over the window; latency 100 is the most recent call.
        occurredAt: new Date(minutesBefore(14).getTime() + latency * 8_000),
      });
    }
    // Outside the window (too old, and after asOf): counted in neither figures nor "last".
    rows.push({ integration: 'brevo', operation: 'sendEmail', ok: true, latencyMs: 90_000, occurredAt: minutesBefore(120) });
    rows.push({ integration: 'brevo', operation: 'sendEmail', ok: false, latencyMs: 90_000, error: 'Error: from the future', occurredAt: new Date(asOf.getTime() + 60_000) });
    await infraDb().insert(integrationCalls).values(rows);
  });

  it('computes counts, failures and p50/p95 over the last 15 minutes in SQL', async () => {
    const health = await getIntegrationHealth({ asOf });
    const brevo = health.find((h) => h.key === 'brevo')!;
    expect(brevo.calls).toBe(100);
    expect(brevo.failures).toBe(5);
    // percentile_cont interpolates: p50 of 1..100 is 50.5, p95 is 95.05.
    expect(brevo.p50Ms).toBeCloseTo(50.5, 6);
    expect(brevo.p95Ms).toBeCloseTo(95.05, 6);
  });

  it('reports last success and last failure with its error, and derives the status', async () => {
    const brevo = (await getIntegrationHealth({ asOf })).find((h) => h.key === 'brevo')!;
    expect(brevo.lastSuccessAt?.toISOString()).toBe(new Date(minutesBefore(14).getTime() + 100 * 8_000).toISOString());
    expect(brevo.lastFailureAt?.toISOString()).toBe(new Date(minutesBefore(14).getTime() + 50 * 8_000).toISOString());
    expect(brevo.lastError).toBe('Error: failure at 50');
    expect(brevo.status).toBe('degraded');
    expect(brevo).toMatchObject({ label: 'Brevo', configured: true });
  });

  it('reports an integration without calls as unknown with empty figures', async () => {
    const r2 = (await getIntegrationHealth({ asOf })).find((h) => h.key === 'r2')!;
    expect(r2).toMatchObject({ calls: 0, failures: 0, p50Ms: null, p95Ms: null, lastSuccessAt: null, lastFailureAt: null, status: 'unknown' });
  });

  it('calls an integration failing when its latest call failed', async () => {
    const when = new Date('2001-07-01T00:00:00.000Z');
    await infraDb()
      .insert(integrationCalls)
      .values([
        { integration: 'r2', operation: 'putObject', ok: true, latencyMs: 5, occurredAt: new Date(when.getTime() - 120_000) },
        { integration: 'r2', operation: 'putObject', ok: false, latencyMs: 7, error: 'IntegrationError: down', occurredAt: new Date(when.getTime() - 60_000) },
      ]);
    const r2 = (await getIntegrationHealth({ asOf: when })).find((h) => h.key === 'r2')!;
    expect(r2).toMatchObject({ status: 'failing', calls: 2, failures: 1, lastError: 'IntegrationError: down' });
    // Fifteen minutes later the window is empty but the history remains.
    const later = (await getIntegrationHealth({ asOf: new Date(when.getTime() + 20 * 60_000) })).find((h) => h.key === 'r2')!;
    expect(later).toMatchObject({ calls: 0, status: 'failing', p50Ms: null });
  });
});

describe('pruneIntegrationCalls', () => {
  it('deletes only rows older than the cutoff, in batches', async () => {
    const base = new Date('1990-01-01T00:00:00.000Z');
    const op = `prune-${randomUUID()}`;
    await infraDb()
      .insert(integrationCalls)
      .values(Array.from({ length: 25 }, (_, i) => ({ integration: 'r2', operation: op, ok: true, latencyMs: 1, occurredAt: new Date(base.getTime() + i * 60_000) })));
    const cutoff = new Date(base.getTime() + 20 * 60_000);
    const deleted = await pruneIntegrationCalls(cutoff, { batchSize: 7 });
    expect(deleted).toBe(20);
    const left = await infraDb().select().from(integrationCalls).where(eq(integrationCalls.operation, op));
    expect(left).toHaveLength(5);
    expect(left.every((r) => r.occurredAt >= cutoff)).toBe(true);
    const older = await infraDb()
      .select()
      .from(integrationCalls)
      .where(and(eq(integrationCalls.operation, op), lt(integrationCalls.occurredAt, cutoff)));
    expect(older).toHaveLength(0);
    // Leave no history behind for other readers of this database.
    await pruneIntegrationCalls(new Date('1990-01-02T00:00:00.000Z'));
  });
});
