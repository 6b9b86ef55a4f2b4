import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { bareHostname, isPublicAddress } from '@/lib/net/public-address';
import { ATTEMPT_TIMEOUT_MS } from './schedule';
import { BlockedAddressError, publicOnlyLookup, webhookNetPolicy } from './url-guard';

export type AttemptOutcome = { ok: boolean; statusCode: number | null; latencyMs: number; responseExcerpt: string | null; error: string | null };

const EXCERPT_CHARS = 1024;
const READ_BYTES = 16 * 1024;

/** Receiver text shown in the portal: printable (control characters but tab/newline become '?'), at most 1 KiB. */
export function responseExcerpt(text: string): string {
  const clean = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '?');
  return clean.length > EXCERPT_CHARS ? `${clean.slice(0, EXCERPT_CHARS - 1)}…` : clean;
}

/**
 * One POST to a receiver: no redirects followed (a 3xx is a failure, as the spec says, and a redirect
 * could point inward), the connection pinned to the address the guarded lookup approved, the whole
 * exchange bounded by ATTEMPT_TIMEOUT_MS, and at most 16 KiB of the answer read.
 */
export function postWebhook(url: string, headers: Record<string, string>, body: string, timeoutMs = ATTEMPT_TIMEOUT_MS): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    // Set once the request exists; fail() may run before (a refused URL).
    const pending: { timer?: NodeJS.Timeout } = {};
    const finish = (o: Omit<AttemptOutcome, 'latencyMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(pending.timer);
      resolve({ ...o, latencyMs: elapsed() });
    };
    const fail = (error: string) => finish({ ok: false, statusCode: null, responseExcerpt: null, error: error.slice(0, 500) });
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return fail('invalid URL');
    }
    // A literal address skips DNS (and the guarded lookup): check it here.
    const host = bareHostname(parsed.hostname);
    if (isIP(host) && !webhookNetPolicy.allowPrivateNetworks() && !isPublicAddress(host)) return fail(new BlockedAddressError(host, host).message);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && webhookNetPolicy.allowPrivateNetworks())) return fail('only https URLs are delivered to');
    const client = parsed.protocol === 'https:' ? https : http;
    const req = client.request(parsed, { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup: publicOnlyLookup, agent: false });
    pending.timer = setTimeout(() => {
      req.destroy(new Error(`timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (err) => fail(err instanceof BlockedAddressError ? err.message : err.message || String(err)));
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => {
        const status = res.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        finish({ ok: status >= 200 && status < 300, statusCode: status, responseExcerpt: text ? responseExcerpt(text) : null, error: status >= 200 && status < 300 ? null : `HTTP ${status}` });
        res.destroy();
      };
      res.on('data', (chunk: Buffer) => {
        if (size < READ_BYTES) chunks.push(chunk.subarray(0, READ_BYTES - size));
        size += chunk.length;
        if (size >= READ_BYTES) done();
      });
      res.on('end', done);
      res.on('error', done);
    });
    req.end(body);
  });
}
