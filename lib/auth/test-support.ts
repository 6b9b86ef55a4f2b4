// Helpers for this folder's tests only (not a test file itself).
import { createHmac, randomUUID } from 'node:crypto';
import { startFakeBrevo, type FakeBrevo, type FakeBrevoMessage } from '@/fakes/brevo/server';
import { SANDBOX_FAKES } from '@/lib/config';
import { CLIENT_IP_HEADER } from '@/lib/http/client-address';
import { handleAuthRequest } from './handler';

/**
 * Starts the fake Brevo on a free port and points this process at it. Must run before anything
 * reads config().
 */
export async function startAuthTestEnv(): Promise<FakeBrevo> {
  const brevo = await startFakeBrevo({ port: 0, apiKeys: [SANDBOX_FAKES.brevoApiKey] });
  Object.assign(process.env, { BREVO_API_URL: brevo.apiUrl, BREVO_API_KEY: SANDBOX_FAKES.brevoApiKey, PORT: '3000' });
  return brevo;
}

export async function inbox(brevo: FakeBrevo, to: string): Promise<FakeBrevoMessage[]> {
  const res = await fetch(`${brevo.origin}/__fake/messages?to=${encodeURIComponent(to)}`);
  return ((await res.json()) as { messages: FakeBrevoMessage[] }).messages;
}

/** The first link in the newest message to `to` whose text contains `contains`. */
export async function linkFromInbox(brevo: FakeBrevo, to: string, contains: string): Promise<URL> {
  for (const message of await inbox(brevo, to)) {
    const link = (message.textContent ?? '').match(/https?:\/\/\S+/g)?.find((l) => l.includes(contains));
    if (link) return new URL(link);
  }
  throw new Error(`no email to ${to} with a link containing ${contains}`);
}

/** The hosts of the seeded tenants as the proxy presents them to the app. */
export const HOSTS = {
  /** pbx.<root>: the root brand's sign-up portal. */
  root: { host: 'pbx.localhost:3000', portal: 'signup', slug: 'didtron' },
  /** switch.pbx.<root>: the root brand's customer portal. */
  rootPortal: { host: 'switch.pbx.localhost:3000', portal: 'customer', slug: 'didtron' },
  admin: { host: 'admin.localhost:3000', portal: 'admin', slug: null },
  /** carrier.<root>: the root brand's carrier portal. */
  carrier: { host: 'carrier.localhost:3000', portal: 'carrier', slug: null },
  /** The demo reseller's verified custom domain. */
  acme: { host: 'voice.acme.localhost:3000', portal: 'customer', slug: 'acme' },
} as const;
export type HostRef = (typeof HOSTS)[keyof typeof HOSTS];

/** A browser, reduced to what matters here: a cookie jar per host, a client IP, proxy headers. */
export class Browser {
  readonly cookies = new Map<string, string>();
  constructor(
    readonly at: HostRef,
    readonly ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`,
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /**
   * Request headers as the proxy passes them on for this host (the client address it resolved
   * included), with the Origin a page of this host sends (browsers send it on every non-GET
   * request; route() refuses writes without it).
   */
  headers(extra: Record<string, string> = {}): Headers {
    const h = new Headers({ host: this.at.host, origin: `http://${this.at.host}`, 'x-portal': this.at.portal, [CLIENT_IP_HEADER]: this.ip, 'x-request-id': randomUUID(), ...extra });
    if (this.at.slug) h.set('x-tenant-slug', this.at.slug);
    if (this.cookies.size) h.set('cookie', this.cookieHeader());
    return h;
  }

  absorb(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      const expired = attrs.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    const headers = this.headers(body === undefined ? {} : { 'content-type': 'application/json' });
    const res = await handleAuthRequest(
      new Request(`http://${this.at.host}/api/auth${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' }),
    );
    this.absorb(res);
    return res;
  }

  post(path: string, body: unknown = {}) {
    return this.request('POST', path, body);
  }

  get(path: string) {
    return this.request('GET', path);
  }

  sessionToken(): string | undefined {
    const raw = this.cookies.get('didtron.session_token');
    return raw ? decodeURIComponent(raw).split('.')[0] : undefined;
  }
}

export const uniqueEmail = (prefix = 'user') => `${prefix}-${randomUUID().slice(0, 8)}@example.com`;

/** RFC 6238 TOTP (SHA-1, 30 s, 6 digits) computed independently of Better Auth. */
export function totp(base32Secret: string, at = Date.now()): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of base32Secret.replace(/=+$/, '').toUpperCase()) bits += alphabet.indexOf(char).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g)!.map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return code.toString().padStart(6, '0');
}

export async function json<T = Record<string, unknown>>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** The API path of a link from an email (the handler is called directly, without the proxy). */
export const apiPath = (link: URL) => `${link.pathname.replace(/^\/api\/auth/, '')}${link.search}`;

/**
 * Better Auth's per-IP limits sit on the Redis port's fixed windows, which start on multiples of
 * their length since the epoch. A test counting requests against one waits, when fewer than
 * `needMs` are left, for the next window to begin, so its requests never straddle a boundary.
 */
export async function atFreshWindow(windowSeconds: number, needMs = 10_000): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < needMs) await new Promise((r) => setTimeout(r, left + 50));
}
