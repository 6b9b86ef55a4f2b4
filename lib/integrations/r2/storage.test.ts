import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeS3, type FakeS3 } from '@/fakes/s3/server';
import { SANDBOX_FAKES } from '@/lib/config';
import { ValidationError } from '@/lib/errors';
import { IntegrationError, ObjectNotFoundError } from '../errors';
import { callsSince, tempDir } from '@/tests/support/integrations';
import { createR2Storage, type R2Storage } from './storage';

let fake: FakeS3;
let dir: string;
let storage: R2Storage;
const bucket = `test-${randomUUID().slice(0, 8)}`;

function storageFor(bucketName: string) {
  return createR2Storage({
    endpoint: fake.endpoint,
    bucket: bucketName,
    accessKeyId: SANDBOX_FAKES.r2AccessKey,
    secretAccessKey: SANDBOX_FAKES.r2AccessKey,
    region: 'auto',
  });
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

beforeAll(async () => {
  dir = tempDir('s3');
  fake = await startFakeS3({ port: 0, dir, buckets: [bucket] });
  storage = storageFor(bucket);
});

afterAll(async () => {
  storage?.destroy();
  await fake?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('r2 adapter against the fake S3 server', () => {
  it('puts, heads, reads and deletes an object', async () => {
    const key = `docs/${randomUUID()}.txt`;
    const put = await storage.putObject(key, 'hello, object storage', 'text/plain; charset=utf-8', { metadata: { tenant: 'acme' } });
    expect(put).toMatchObject({ key, bytes: 21 });
    expect(put.etag).toBeTruthy();

    const head = await storage.headObject(key);
    expect(head).toMatchObject({ key, contentType: 'text/plain; charset=utf-8', contentLength: 21, metadata: { tenant: 'acme' } });

    const got = await storage.getObjectStream(key);
    expect(got.contentLength).toBe(21);
    expect((await readAll(got.body)).toString('utf8')).toBe('hello, object storage');

    await storage.deleteObject(key);
    await expect(storage.headObject(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it('stores binary buffers byte for byte', async () => {
    const key = `bin/${randomUUID()}`;
    const bytes = randomBytes(64 * 1024);
    await storage.putObject(key, bytes, 'application/octet-stream');
    const got = await storage.getObjectStream(key);
    expect((await readAll(got.body)).equals(bytes)).toBe(true);
  });

  it('streams a ~20 MiB body as a multipart upload and reads back the same bytes', async () => {
    const key = `exports/${randomUUID()}.bin`;
    const size = 20 * 1024 * 1024 + 12345;
    const hash = createHash('sha256');
    let produced = 0;
    // Generated lazily, so the test never holds the whole body in memory either.
    const source = Readable.from(
      (function* () {
        while (produced < size) {
          const chunk = randomBytes(Math.min(1024 * 1024, size - produced));
          produced += chunk.length;
          hash.update(chunk);
          yield chunk;
        }
      })(),
    );
    const progress: number[] = [];
    const result = await storage.uploadStream(key, source, 'application/octet-stream', { onProgress: (b) => progress.push(b) });
    const expected = hash.digest('hex');

    expect(result.bytes).toBe(size);
    // One progress report per completed part: 8 MiB parts make three of them (a single PUT makes one).
    expect(progress.length).toBeGreaterThanOrEqual(3);
    expect((await storage.headObject(key)).contentLength).toBe(size);

    const got = await storage.getObjectStream(key);
    const readHash = createHash('sha256');
    for await (const chunk of got.body) readHash.update(chunk as Uint8Array);
    expect(readHash.digest('hex')).toBe(expected);
  });

  it('uploads a small stream (below one part) as a single object', async () => {
    const key = `small/${randomUUID()}.csv`;
    const result = await storage.uploadStream(key, Readable.from([Buffer.from('a,b\n1,2\n')]), 'text/csv');
    expect(result.bytes).toBe(8);
    expect((await readAll((await storage.getObjectStream(key)).body)).toString()).toBe('a,b\n1,2\n');
  });

  it('gives a signed download URL that plain fetch can use', async () => {
    const key = `recordings/${randomUUID()}.wav`;
    const bytes = randomBytes(4096);
    await storage.putObject(key, bytes, 'audio/wav');
    const url = await storage.signedDownloadUrl(key, 300, { downloadFilename: 'call "1".wav' });
    expect(url).toContain('X-Amz-Signature=');
    expect(url).toContain('X-Amz-Expires=300');
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
    expect(res.headers.get('content-disposition')).toContain('attachment');
  });

  it('refuses signed URLs beyond the S3 maximum of 7 days and bad keys', async () => {
    await expect(storage.signedDownloadUrl('a.txt', 8 * 24 * 3600)).rejects.toBeInstanceOf(ValidationError);
    await expect(storage.signedDownloadUrl('a.txt', 0)).rejects.toBeInstanceOf(ValidationError);
    await expect(storage.putObject('', 'x', 'text/plain')).rejects.toBeInstanceOf(ValidationError);
    await expect(storage.putObject('/abs', 'x', 'text/plain')).rejects.toBeInstanceOf(ValidationError);
    await expect(storage.putObject('a/../b', 'x', 'text/plain')).rejects.toBeInstanceOf(ValidationError);
  });

  it('maps a missing key to a typed not-found error on get and head', async () => {
    const key = `missing/${randomUUID()}`;
    const getError = await storage.getObjectStream(key).catch((e: unknown) => e);
    expect(getError).toBeInstanceOf(ObjectNotFoundError);
    expect(getError).toMatchObject({ key, status: 404, code: 'not_found' });
    await expect(storage.headObject(key)).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it('reports a missing bucket as an integration error, and testConnection fails on it', async () => {
    const missing = storageFor(`nobucket-${randomUUID().slice(0, 8)}`);
    const error = await missing.putObject('a.txt', 'x', 'text/plain').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrationError);
    expect(error).not.toBeInstanceOf(ObjectNotFoundError);
    expect((error as IntegrationError).message).toContain('does not exist');
    await expect(missing.testConnection()).rejects.toThrow(/does not exist/);
    await expect(storage.testConnection()).resolves.toEqual({ bucket });
    missing.destroy();
  });

  it('creates a missing bucket in sandbox with ensureBucket, once', async () => {
    const fresh = storageFor(`fresh-${randomUUID().slice(0, 8)}`);
    await expect(fresh.ensureBucket()).resolves.toEqual({ created: true });
    await expect(fresh.ensureBucket()).resolves.toEqual({ created: false });
    await fresh.putObject('hello.txt', 'hi', 'text/plain');
    fresh.destroy();
  });

  it('records every call in integration_calls: successes, expected not-founds as ok, failures with their error', async () => {
    const since = new Date();
    const key = `recorded/${randomUUID()}`;
    const missingBucket = `gone-${randomUUID().slice(0, 8)}`;
    await storage.putObject(key, 'x', 'text/plain');
    await storage.headObject(key);
    await storage.deleteObject(key);
    await storage.headObject(key).catch(() => {});
    const missing = storageFor(missingBucket);
    // GET, not HEAD: a HEAD 404 has no body, so "no such bucket" and "no such key" look the same.
    await missing.getObjectStream('whatever').catch(() => {});
    missing.destroy();

    const rows = await callsSince('r2', since);
    const ours = rows.filter((r) => ['putObject', 'headObject', 'deleteObject'].includes(r.operation));
    expect(ours.filter((r) => r.ok && r.operation === 'putObject').length).toBeGreaterThanOrEqual(1);
    expect(ours.filter((r) => r.ok && r.operation === 'headObject').length).toBeGreaterThanOrEqual(2);
    expect(ours.filter((r) => r.ok && r.operation === 'deleteObject').length).toBeGreaterThanOrEqual(1);
    const failed = rows.find((r) => !r.ok && r.error?.includes(missingBucket));
    expect(failed).toBeDefined();
    expect(failed!.operation).toBe('getObject');
    expect(failed!.latencyMs).toBeGreaterThanOrEqual(0);
    expect(failed!.error).toMatch(/IntegrationError: Bucket "gone-.*" does not exist/);
  });
});
