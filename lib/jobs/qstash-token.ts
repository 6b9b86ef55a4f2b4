import { createHash, createHmac, randomUUID } from 'node:crypto';

/**
 * A request signature exactly as QStash makes it (the `Upstash-Signature` header): an HS256 JWT
 * signed with the current signing key, iss "Upstash", sub = the destination URL, iat/nbf/exp, a
 * unique jti, and `body` = base64url(SHA-256(raw body)). The local scheduler signs with it when
 * QStash keys are configured, so the endpoint runs the same verification it runs for QStash.
 */
export function signQstashToken(input: {
  key: string;
  url: string;
  body?: string;
  /** Seconds since the epoch; default now. */
  now?: number;
  ttlSeconds?: number;
  jti?: string;
  issuer?: string;
}): string {
  const now = input.now ?? Math.floor(Date.now() / 1000);
  const header = { alg: 'HS256', typ: 'JWT' };
  const claims = {
    iss: input.issuer ?? 'Upstash',
    sub: input.url,
    exp: now + (input.ttlSeconds ?? 300),
    nbf: now,
    iat: now,
    jti: input.jti ?? `jwt_${randomUUID().replace(/-/g, '')}`,
    body: bodyHash(input.body ?? ''),
  };
  const encode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${encode(header)}.${encode(claims)}`;
  const signature = createHmac('sha256', input.key).update(unsigned).digest('base64url');
  return `${unsigned}.${signature}`;
}

export function bodyHash(body: string): string {
  return createHash('sha256').update(body).digest('base64url');
}

/** The claims of a token whose signature has ALREADY been verified (this does not verify). */
export function decodeVerifiedClaims(token: string): Record<string, unknown> {
  const part = token.split('.')[1];
  if (!part) throw new Error('malformed token');
  const claims = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown;
  if (typeof claims !== 'object' || claims === null) throw new Error('malformed token claims');
  return claims as Record<string, unknown>;
}
