import { requestHost } from '@/lib/http/request-host';
import { config } from '@/lib/config';
import { AppError, ForbiddenError } from '@/lib/errors';

/**
 * The defence against forged requests for credentials a browser attaches by itself (the session and
 * impersonation cookies, and the sandbox development actor, which needs no cookie at all).
 * SameSite=Lax is not enough: every `*.<root>` host is the same site, so a page on any sibling host
 * could post to the API with the user's cookies. The rule (docs/DECISIONS.md, "Cross-site writes"):
 * a request that may change something must come from a page of the very origin it addresses.
 */

/** Methods that change nothing; everything else is a write. */
const SAFE_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/**
 * The origin the browser addressed: the public scheme (TLS may end at the load balancer, so the
 * request URL's scheme proves nothing) and the host as requestHost() reads it (X-Forwarded-Host only
 * behind a trusted proxy; production drops the port, as it serves on the scheme's default one).
 */
export function ownOrigin(headers: Headers, url?: string): string | null {
  const host = requestHost(headers, url);
  return host ? `${config().PUBLIC_SCHEME}://${host}` : null;
}

/** An Origin header as `scheme://host[:port]`, lowercased and without a trailing dot; null when it is not one. */
function normalisedOrigin(value: string): string | null {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return null;
  return `${url.protocol}//${url.host.replace(/\.(?=:|$)/, '')}`;
}

const refused = (why: string) => new ForbiddenError(`Cross-site request refused: ${why}. Send it from a page of this site.`, 'cross_site_request');

/**
 * Refuses a write that does not provably come from this origin: `Sec-Fetch-Site` other than
 * `same-origin` (a sibling `*.<root>` host is `same-site`, and refused), and an `Origin` that is
 * missing, `null` or any other scheme, host or port. Every current browser sends Origin on every
 * non-GET/HEAD request (Fetch standard), so only a non-browser client omits it, and such a client
 * authenticates with an API key, which this rule does not concern.
 */
export function assertSameOriginWrite(req: Request): void {
  if (isSafeMethod(req.method)) return;
  assertSameOrigin(req.headers, req.url);
}

/**
 * The same rule for a request known to be a write (server actions are always POSTs). Next checks a
 * server action's Origin itself, but by host only, and lets a request without Origin through.
 */
export function assertSameOrigin(headers: Headers, url?: string): void {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin') throw refused(`Sec-Fetch-Site is ${fetchSite.slice(0, 20)}`);
  const origin = headers.get('origin');
  if (origin === null) throw refused('the Origin header is missing');
  const own = ownOrigin(headers, url);
  if (!own || normalisedOrigin(origin) !== own) throw refused('the Origin is not this site');
}

/**
 * Whether a body comes with the request. Content-Length decides when present (a bodiless fetch
 * POST sends `0`); without it (chunked, HTTP/2, a Request built in code) any body stream counts.
 */
function carriesBody(req: Request): boolean {
  const length = req.headers.get('content-length');
  if (length !== null) return Number(length) !== 0;
  return req.headers.has('transfer-encoding') || req.body !== null;
}

/**
 * Media types any page may send cross-origin without a CORS preflight (the Fetch standard's
 * CORS-safelisted request-header values of Content-Type): never accepted from a cookie session.
 */
const SAFELISTED_TYPES: ReadonlySet<string> = new Set(['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']);

/** A Content-Type's media type, without parameters such as `charset`, lower case. */
const mediaTypeOf = (value: string) => value.split(';')[0]!.trim().toLowerCase();

const NO_UPLOADS: ReadonlySet<string> = new Set();

/**
 * A route's declared raw-body upload types, checked once where the route is defined: a type a form
 * can send would reopen what the JSON rule closes.
 */
export function uploadTypesOf(types: readonly string[] | undefined): ReadonlySet<string> {
  const set = new Set((types ?? []).map(mediaTypeOf));
  for (const type of set) if (SAFELISTED_TYPES.has(type) || type === 'application/json') throw new Error(`${type} cannot be an upload type: any page can send it without a preflight`);
  return set;
}

/**
 * The write routes take JSON only: a body (or a declared type) other than `application/json` is a
 * 415. A form or a `text/plain` fetch is exactly what another page can send without a CORS
 * preflight. A route that takes a file as its raw body (a rate deck) declares its media types
 * (`uploadTypes`, none of them safelisted: sending them cross-origin needs a preflight we never
 * grant), and the Origin rule above still applies.
 */
export function assertJsonBody(req: Request, uploadTypes: ReadonlySet<string> = NO_UPLOADS): void {
  if (isSafeMethod(req.method)) return;
  const type = req.headers.get('content-type');
  const media = type === null ? null : mediaTypeOf(type);
  if (media === null ? !carriesBody(req) : media === 'application/json' || uploadTypes.has(media)) return;
  const accepted = ['`application/json`', ...[...uploadTypes].map((t) => `\`${t}\``)].join(' or ');
  throw new AppError(415, 'unsupported_media_type', uploadTypes.size ? `Send the request body as ${accepted}, with that Content-Type` : 'Send the request body as JSON, with `Content-Type: application/json`');
}
