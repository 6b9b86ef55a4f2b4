import { createHash, timingSafeEqual } from 'node:crypto';
import { Receiver } from '@upstash/qstash';
import { config } from '@/lib/config';
import { getRedis } from '@/lib/redis';
import { decodeVerifiedClaims } from './qstash-token';

export type CronCaller = { source: 'qstash'; jti: string } | { source: 'secret' };
export type CronAuthResult = { ok: true; caller: CronCaller } | { ok: false; reason: string };

/** Seconds of clock difference tolerated on nbf/exp (QStash's servers and ours). */
const CLOCK_TOLERANCE_SECONDS = 5;

/** Equal-time comparison of two secrets of any length (hashing first makes the lengths equal). */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Reads a header of a plain record by its name in any case (HTTP header names are case-insensitive). */
function headerReader(headers: Readonly<Record<string, string>>): (name: string) => string | null {
  const lower = new Map(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return (name) => lower.get(name) ?? null;
}

/**
 * Authenticates a request to /api/cron/<job>:
 * - `Upstash-Signature`: verified by QStash's own Receiver with the current and next signing keys
 *   (rotation), against `url` (the endpoint's public URL from config, never the Host header: a
 *   signature made for another URL is refused) and the raw body; then its `jti` is remembered
 *   (SET NX with a TTL past the token's expiry) so a captured request cannot be replayed;
 * - otherwise `Authorization: Bearer <CRON_SECRET>` (self-hosting, the local scheduler), compared
 *   in constant time.
 */
export async function authenticateCronRequest(input: { headers: Readonly<Record<string, string>>; body: string; url: string }): Promise<CronAuthResult> {
  const cfg = config();
  const header = headerReader(input.headers);
  const signature = header('upstash-signature');
  if (signature) {
    if (!cfg.qstash) return { ok: false, reason: 'QStash signature sent but no QStash signing keys are configured' };
    const receiver = new Receiver({ currentSigningKey: cfg.qstash.currentSigningKey, nextSigningKey: cfg.qstash.nextSigningKey, devMode: false });
    try {
      await receiver.verify({ signature, body: input.body, url: input.url, clockTolerance: CLOCK_TOLERANCE_SECONDS });
    } catch (error) {
      return { ok: false, reason: `invalid QStash signature: ${error instanceof Error ? error.message : String(error)}` };
    }
    const claims = decodeVerifiedClaims(signature);
    const jti = typeof claims.jti === 'string' && claims.jti ? claims.jti : null;
    if (!jti) return { ok: false, reason: 'QStash signature without a jti' };
    const exp = typeof claims.exp === 'number' ? claims.exp : Math.floor(Date.now() / 1000) + 300;
    const ttlSeconds = Math.max(60, Math.ceil(exp - Date.now() / 1000) + CLOCK_TOLERANCE_SECONDS + 60);
    const fresh = await getRedis().set(`qstash:jti:${jti}`, '1', { nx: true, ttlSeconds });
    if (!fresh) return { ok: false, reason: `replayed QStash signature (jti ${jti})` };
    return { ok: true, caller: { source: 'qstash', jti } };
  }
  const authorization = header('authorization');
  if (authorization) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!cfg.cronSecret) return { ok: false, reason: 'Bearer token sent but CRON_SECRET is not configured' };
    if (match && secretsEqual(match[1]!, cfg.cronSecret)) return { ok: true, caller: { source: 'secret' } };
    return { ok: false, reason: 'wrong cron secret' };
  }
  return { ok: false, reason: 'no Upstash-Signature or Authorization header' };
}
