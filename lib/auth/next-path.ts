import { hasControlCharacters } from '@/lib/validation';

export const MAX_NEXT_PATH_LENGTH = 2000;
const NEXT_PATH_BASE = 'https://next-path.invalid';
const ENCODED_SEPARATOR = /%2f|%5c/i;

/**
 * The one way to take a "continue to" target from a request (`?next=`, a callback URL, the path the
 * proxy saw): a path on the current origin, or null, in which case the caller goes to the portal's
 * home. Accepted only when it starts with a single `/`, holds no control character and no backslash
 * (browsers drop tabs and newlines and read `\` as `/`, so `/\t/evil.example` would leave the site),
 * its path holds no encoded slash, backslash or control character (a proxy that decodes once must
 * not see `//`), and, parsed against an origin, it keeps that origin and serialises to a path that
 * does not start with `//` (`/..//evil.example` would). Returns the serialised form: ASCII only, so
 * it is always a valid Location header.
 */
export function safeNextPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_NEXT_PATH_LENGTH) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || hasControlCharacters(value)) return null;
  const rawPath = value.split(/[?#]/, 1)[0]!;
  if (ENCODED_SEPARATOR.test(rawPath)) return null;
  try {
    if (hasControlCharacters(decodeURIComponent(rawPath))) return null;
    const url = new URL(value, NEXT_PATH_BASE);
    const path = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === NEXT_PATH_BASE && path.startsWith('/') && !path.startsWith('//') ? path : null;
  } catch {
    return null;
  }
}

/** A sign-in or two-factor page that continues to `next` afterwards, when `next` is a safe path (safeNextPath). */
export function withNextPath(page: string, next: unknown): string {
  const path = safeNextPath(next);
  return path && path !== '/' ? `${page}?next=${encodeURIComponent(path)}` : page;
}
