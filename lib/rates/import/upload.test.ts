import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeS3, type FakeS3 } from '@/fakes/s3/server';
import { tempDir } from '@/tests/support/integrations';

/**
 * The upload path: startRateImport streams the body to object storage (the local fake S3) and
 * enqueues the job; the job's work streams it back from storage into the draft. XLSX (a zip) and
 * empty bodies are refused before anything is recorded.
 */

const bucket = `imports-${randomUUID().slice(0, 8)}`;
const fake: FakeS3 = await startFakeS3({ port: 0, dir: tempDir('s3-imports'), buckets: [bucket] });
// lib/config reads the environment once, lazily: set before anything calls it.
process.env.R2_ENDPOINT = fake.endpoint;
process.env.R2_BUCKET = bucket;

const { createUser, ctxOf, tenantIdOf } = await import('@/tests/actors');
const rates = await import('../index');
const { getObjectStream } = await import('@/lib/integrations/r2');
const { systemCtx } = await import('@/lib/context');

let staff: Awaited<ReturnType<typeof ctxOf>>;
let acmeId: string;

beforeAll(async () => {
  acmeId = await tenantIdOf('acme');
  staff = await ctxOf(await createUser('didtron', 'super_admin'), 'didtron');
});
afterAll(() => fake.close());

async function reason(promise: Promise<unknown>) {
  return promise.then(
    () => null,
    (e: { status?: number; problems?: Array<{ path: string; message: string }> }) => ({ status: e.status, problems: e.problems }),
  );
}

describe('deck upload -> storage -> job -> draft', () => {
  it('streams the body to storage, enqueues the job, and the handler imports it from storage', async () => {
    const plan = await rates.createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: `Upload ${randomUUID().slice(0, 8)}`, kind: 'buy', currency: 'EUR' } as never });
    const started = await rates.startRateImport({ ctx: staff, input: { planId: plan.id, fileName: 'carrier deck.csv' } as never, body: Readable.from([Buffer.from('Dial Code;Destination;Price\n44;UK;0,0100\n')]) });
    expect(started).toMatchObject({ status: 'uploaded', fileBytes: 41, jobId: expect.any(Number) });
    const progress: Array<[number, number | null]> = [];
    // What the job's handler (jobs/rates-import-deck.ts) does: the deck comes back from storage.
    const outcome = await rates.processRateImport({
      ctx: systemCtx('rate-import', acmeId),
      input: { id: started.id },
      source: async (imp) => (await getObjectStream(imp.fileKey)).body,
      progress: async (d, t) => void progress.push([d, t]),
    });
    expect(outcome).toEqual({ status: 'ready' });
    const imp = await rates.getRateImport({ ctx: staff, input: { id: started.id } });
    expect(imp).toMatchObject({ status: 'ready', delimiter: ';', rowsStaged: 1, summary: { counts: { new: 1 } } });
    expect(progress.at(-1)).toEqual([41, 41]);
  });

  it('refuses XLSX, empty bodies and foreign plans before recording anything', async () => {
    const plan = await rates.createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: `Upload ${randomUUID().slice(0, 8)}`, kind: 'buy', currency: 'EUR' } as never });
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
    expect(await reason(rates.startRateImport({ ctx: staff, input: { planId: plan.id, fileName: 'deck.xlsx' } as never, body: Readable.from([zip]) }))).toMatchObject({ status: 422, problems: [{ path: 'file', message: expect.stringMatching(/XLSX/) }] });
    expect(await reason(rates.startRateImport({ ctx: staff, input: { planId: plan.id } as never, body: Readable.from([]) }))).toMatchObject({ status: 422 });
    expect(await reason(rates.startRateImport({ ctx: staff, input: { planId: randomUUID() } as never, body: Readable.from([Buffer.from('x')]) }))).toMatchObject({ status: 404 });
  });
});
