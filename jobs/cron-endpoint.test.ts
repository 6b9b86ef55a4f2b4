import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/cron/[job]/route';
import { cronRuns } from '@/db/schema';
import { cronEndpointUrl } from '@/lib/jobs/cron';
import { jobQueue } from '@/db/schema/dataqueue';
import { closeDb, infraDb } from '@/db/client';
import { callCronEndpoint } from './scheduler';

/**
 * The local scheduler (worker side) calling the real cron endpoint. Moved here from
 * lib/jobs/cron.test.ts: lib/ never imports the top-level jobs/ folder, tests included.
 */

// The QStash keys and cron secret this file's config sees (config() is read lazily, after this).
const keys = vi.hoisted(() => {
  const k = { current: 'sig_current_7f3a9c2e5b1d4f6a8c0e2b4d6f8a0c2e', next: 'sig_next_1b3d5f7a9c2e4b6d8f0a1c3e5b7d9f0a', secret: 'test-cron-secret-3b9f1c7e5a2d4f6b8c0e' };
  process.env.QSTASH_CURRENT_SIGNING_KEY = k.current;
  process.env.QSTASH_NEXT_SIGNING_KEY = k.next;
  process.env.CRON_SECRET = k.secret;
  return k;
});

function cronRequest(jobType: string, headers: Record<string, string>): NextRequest {
  return new NextRequest(cronEndpointUrl(jobType), { method: 'POST', headers, body: '' });
}

async function jobsOf(jobType: string) {
  return infraDb().select({ id: jobQueue.id }).from(jobQueue).where(eq(jobQueue.jobType, jobType));
}

async function runsOf(jobType: string) {
  return infraDb().select().from(cronRuns).where(eq(cronRuns.jobType, jobType)).orderBy(cronRuns.requestedAt);
}

afterAll(async () => {
  await closeDb();
});

describe('the local scheduler through POST /api/cron/<job>', () => {
  it('takes the local scheduler path: the cron secret, or a locally made QStash signature, through the real endpoint', async () => {
    const type = 'maintenance.prune-jobs';
    // A loopback server in front of the route handler, as `next start` would be.
    let seenHost: string | undefined;
    const server = http.createServer((req, res) => {
      seenHost = req.headers.host;
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
        const request = new NextRequest(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) });
        const job = decodeURIComponent(req.url!.split('/').pop()!);
        void POST(request, { params: Promise.resolve({ job }) }).then(async (response) => {
          res.writeHead(response.status, { 'content-type': 'application/json' });
          res.end(await response.text());
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const viaQstash = await callCronEndpoint(type, { port });
      expect(viaQstash.status).toBe(202);
      expect(JSON.parse(viaQstash.body)).toMatchObject({ status: 'enqueued' });
      expect(seenHost).toBe(`localhost:${port}`);

      const viaSecret = await POST(cronRequest(type, { authorization: `Bearer ${keys.secret}` }), { params: Promise.resolve({ job: type }) });
      expect(viaSecret.status).toBe(200);
      expect(await viaSecret.json()).toMatchObject({ status: 'locked' });
      expect((await runsOf(type)).map((r) => [r.source, r.outcome])).toEqual([
        ['qstash', 'enqueued'],
        ['secret', 'locked'],
      ]);
      expect(await jobsOf(type)).toHaveLength(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
