import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';

/** HS256 JWTs for the fake ConnexCS: three dot-separated base64url parts, as cx-tools expects. */

export type FakeJwtClaims = { sub: string; aud: string; typ: 'refresh' | 'access'; iat: number; exp: number; jti: string };

const b64 = (v: string | Buffer) => Buffer.from(v).toString('base64url');

export function signJwt(secret: string, claims: Omit<FakeJwtClaims, 'jti'>): string {
  const head = b64(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const body = b64(JSON.stringify({ ...claims, jti: randomUUID() }));
  const sig = createHmac('sha256', secret).update(`${head}.${body}`).digest('base64url');
  return `${head}.${body}.${sig}`;
}

/** The claims of a token this secret signed, or null (bad signature, malformed). Expiry is the caller's check. */
export function verifyJwt(secret: string, token: string): FakeJwtClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  const expected = Buffer.from(createHmac('sha256', secret).update(`${parts[0]}.${parts[1]}`).digest('base64url'));
  const given = Buffer.from(parts[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1]!, 'base64url').toString('utf8')) as FakeJwtClaims;
    return typeof claims.exp === 'number' && (claims.typ === 'refresh' || claims.typ === 'access') ? claims : null;
  } catch {
    return null;
  }
}
