import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeS3, type FakeS3 } from '@/fakes/s3/server';
import { tempDir } from '@/tests/support/integrations';

/**
 * The upload path: startRateImport streams the body to object storage (the local fake S3) and
 * enqueues the job; the job's work streams it back from storage into the draft. Empty bodies and
 * foreign plans are refused before anything is recorded (an XLSX deck is stored like a CSV one).
 */

const bucket = `imports-${randomUUID().slice(0, 8)}`;
const fake: FakeS3 = await startFakeS3({ port: 0, dir: tempDir('s3-imports'), buckets: [bucket] });
// lib/config reads the environment once, lazily: set before anything calls it.
process.env.R2_ENDPOINT = fake.endpoint;
process.env.R2_BUCKET = bucket;

const { createUser, ctxOf, signInAs, tenantIdOf } = await import('@/tests/actors');
const { HOSTS } = await import('@/tests/support/auth');
const { dispatchV1 } = await import('@/tests/support/v1-dispatch');
const { NextRequest } = await import('next/server');
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

  it('refuses empty bodies and foreign plans before recording anything', async () => {
    const plan = await rates.createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: `Upload ${randomUUID().slice(0, 8)}`, kind: 'buy', currency: 'EUR' } as never });
    expect(await reason(rates.startRateImport({ ctx: staff, input: { planId: plan.id } as never, body: Readable.from([]) }))).toMatchObject({ status: 422 });
    expect(await reason(rates.startRateImport({ ctx: staff, input: { planId: randomUUID() } as never, body: Readable.from([Buffer.from('x')]) }))).toMatchObject({ status: 404 });
  });

  it('a signed-in admin uploads from the console (same origin, text/csv) and lists the plan\'s imports; forms and other origins are refused', async () => {
    const browser = await signInAs(await createUser('didtron', 'super_admin', 'deck-upload'), HOSTS.admin);
    const plan = await rates.createRatePlan({ ctx: staff, input: { tenantId: acmeId, name: `Console ${randomUUID().slice(0, 8)}`, kind: 'buy', currency: 'EUR' } as never });
    const upload = (headers: Record<string, string>, body = 'Code,Destination,Rate\n44,UK,0.01\n') =>
      dispatchV1(new NextRequest(`http://${HOSTS.admin.host}/api/v1/rate-plans/${plan.id}/imports?fileName=deck.csv`, { method: 'POST', headers: browser.headers(headers), body }));
    const started = await upload({ 'content-type': 'text/csv' });
    expect(started.status).toBe(202);
    const imp = (await started.json()) as { id: string; status: string; fileBytes: number };
    expect(imp).toMatchObject({ status: 'uploaded', fileBytes: 33 });
    // What another page can send without a preflight stays refused, and so does another origin.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) expect((await upload({ 'content-type': type })).status, type).toBe(415);
    expect((await upload({ 'content-type': 'text/csv', origin: 'http://evil.example' })).status).toBe(403);
    expect((await upload({ 'content-type': 'text/csv', 'sec-fetch-site': 'same-site' })).status).toBe(403);
    const list = await dispatchV1(new NextRequest(`http://${HOSTS.admin.host}/api/v1/rate-plans/${plan.id}/imports?limit=10`, { headers: browser.headers() }));
    expect(list.status).toBe(200);
    const page = (await list.json()) as { items: Array<{ id: string; fileName: string }>; pageInfo: { limit: number } };
    expect(page.items.map((i) => i.id)).toEqual([imp.id]);
    expect(page.pageInfo.limit).toBe(10);
    const hostile = await dispatchV1(new NextRequest(`http://${HOSTS.admin.host}/api/v1/rate-plans/${plan.id}/imports?limit=100000&status=%00`, { headers: browser.headers() }));
    expect(hostile.status).toBe(422);
    const foreign = await dispatchV1(new NextRequest(`http://${HOSTS.admin.host}/api/v1/rate-plans/${randomUUID()}/imports`, { headers: browser.headers() }));
    expect(foreign.status).toBe(404);
  });
});
