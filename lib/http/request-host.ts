import { config } from '@/lib/config';
import { forwardedHost } from '@/lib/http/client-address';
import { normaliseHost } from '@/lib/tenancy/resolve-host';

/**
 * The host the browser addressed, the one reading for the proxy (which resolves it to a portal and
 * tenant) and for everything after it (auth instances, same-origin checks, the onboarding gate):
 * X-Forwarded-Host only behind a trusted proxy (lib/http/client-address.ts), else Host, else the
 * request URL's host. Lowercased, trailing dot dropped, IDN as punycode; the port is kept in the
 * sandbox and dropped in production, which serves on the scheme's default port (so a client cannot
 * mint one auth instance, and one cache entry, per made-up port). Null if it is not a hostname.
 */
export function requestHost(headers: Headers, url?: string): string | null {
  const cfg = config();
  let raw = forwardedHost(headers, cfg);
  if (!raw && url) {
    try {
      raw = new URL(url).host;
    } catch {
      raw = null;
    }
  }
  const name = normaliseHost(raw);
  if (!name || !raw) return null;
  const port = /:(\d{1,5})$/.exec(raw.trim())?.[1];
  return port && cfg.isSandbox ? `${name}:${port}` : name;
}
