import { config } from '@/lib/config';
import { IntegrationError, IntegrationNotConfiguredError } from '../errors';
import { callIntegration } from '../wrapper';
import type { ConnexcsAssumption } from './assumptions';

/**
 * The ConnexCS switch API (https://app.connexcs.com/api/cp/), or the local fake (fakes/connexcs).
 * Auth is Basic, or JWT: a refresh token (POST auth/jwt/refresh, renewed when under 15 days remain)
 * buys short-lived access tokens (GET auth/jwt) that are renewed before they expire, and once more
 * on a 401. 429 is always retried (the request was refused, not run); 5xx, timeouts and network
 * errors only for requests that are safe to repeat (reads, PUT/DELETE, the CDR search): a POST that
 * moves money or creates an object is never sent twice. Backoff is exponential with jitter and
 * honours Retry-After. Every typed method is one callIntegration('connexcs', ...) call.
 * Shapes the public sources do not confirm are named in assumptions.ts (the `assumption` argument).
 */

export type ConnexcsAuth =
  | { kind: 'basic'; username: string; password: string }
  | { kind: 'jwt'; username?: string; password?: string; refreshToken?: string; audience?: string };

export type ConnexcsSettings = {
  /** Base URL ending in /api/cp (a trailing slash is fine). */
  apiUrl: string;
  auth: ConnexcsAuth | undefined;
  timeoutMs?: number;
  /** Attempts per call including the first (default 4). */
  maxAttempts?: number;
  /** First backoff step (default 250 ms); doubled per attempt, capped at maxDelayMs (default 10 s). */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Renew an access token when less than this is left (default 60 s, at most half its lifetime). */
  accessRenewMarginMs?: number;
  /** Lifetime asked for a new refresh token (default 30 days, as cx-tools). */
  refreshLifetimeSeconds?: number;
  /** Test seams. */
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
};

export const CDR_MAX_LIMIT = 5000;
const DEFAULT_TIMEOUT_MS = 15_000;
const REFRESH_RENEW_MS = 15 * 24 * 3600 * 1000;

export type ConnexcsErrorCode = 'http_error' | 'timeout' | 'network_error' | 'invalid_response' | 'unauthorized' | 'invalid_request';

/** ConnexCS failed or refused a call; the message names the operation, the attempts and the cause. */
export class ConnexcsError extends IntegrationError {
  readonly reason: ConnexcsErrorCode;
  readonly attempts: number;

  constructor(reason: ConnexcsErrorCode, message: string, opts: { httpStatus?: number; attempts?: number } = {}) {
    super('connexcs', `ConnexCS ${message}`, {
      upstreamStatus: opts.httpStatus,
      upstreamCode: reason,
      ...(reason === 'invalid_request' ? { status: 400, code: 'validation_error' } : {}),
    });
    this.reason = reason;
    this.attempts = opts.attempts ?? 1;
  }
}

// ---------- shapes (ConnexCS's own field names) ----------

export type ConnexcsCompany = {
  id: number;
  name: string;
  status: string;
  /** The balance (ConnexCS `credit`), in `currency`, as ConnexCS sends it (a decimal number). */
  credit: number;
  /** Postpaid allowance; available = credit + debit_limit. */
  debit_limit: number;
  currency: string;
  channels?: number | null;
  cps?: number | null;
  ips?: ConnexcsIpAuth[];
};
export type ConnexcsCompanyInput = { name: string; currency?: string; status?: 'Active' | 'Inactive' | 'Pending Approval'; debit_limit?: number; channels?: number; cps?: number };
export type ConnexcsIpAuth = { id: number; company_id?: number; ip: string; tech_prefix: string; direction: 'ingress' | 'egress' };
export type ConnexcsCard = { id: string; name: string; company_id: number; active_rev: number; currency: string; strategy: string; direction: string; count: number };
export type ConnexcsRateRule = { prefix: string; name: string; cost: number; connect?: number; mcd: number; pulse: number; status?: 'Active' | 'Blocked' };
export type ConnexcsRouting = { id: number; company_id: number; card_id: string; name: string };
export type ConnexcsPayment = { id: number; company_id: number; amount: number; currency: string; description: string; method: string; status: string; payment_time: string };
export type ConnexcsDid = { id: number; did: string; customer_id: number | null; package_id: number | null };
export type ConnexcsBalance = { credit: number; debitLimit: number; available: number; currency: string };

export const CDR_DEFAULT_FIELDS = [
  'dt', 'callid', 'branch_idx', 'customer_id', 'provider_id', 'source_cli', 'dest_number',
  'customer_card_dest_code', 'customer_card_dest_name', 'duration', 'customer_duration', 'customer_card_rate',
  'customer_charge', 'customer_card_currency', 'provider_duration', 'provider_card_rate', 'provider_charge',
  'provider_card_currency', 'pdd_in', 'pdd_out', 'ring_duration', 'sip_code', 'sip_reason', 'release_reason',
] as const;
export type ConnexcsCdrField = (typeof CDR_DEFAULT_FIELDS)[number];

/** One connected call branch. `dt` is UTC 'YYYY-MM-DD HH:MM:SS'; `duration` is milliseconds. */
export type ConnexcsCdr = {
  dt: string;
  callid: string;
  branch_idx: number;
  customer_id: number | null;
  provider_id: number | null;
  source_cli: string;
  dest_number: string;
  customer_card_dest_code: string | null;
  customer_card_dest_name: string | null;
  duration: number;
  customer_duration: number;
  customer_card_rate: number | null;
  customer_charge: number;
  customer_card_currency: string | null;
  provider_duration: number;
  provider_card_rate: number | null;
  provider_charge: number;
  provider_card_currency: string | null;
  pdd_in: number;
  pdd_out: number;
  ring_duration: number;
  sip_code: number;
  sip_reason: string;
  release_reason: string;
};

export type CdrRule = { field: ConnexcsCdrField; condition: '>=' | '<=' | '=' | '>' | '<' | '!='; data: string | number };
export type CdrSearchInput = { from: Date | string; to: Date | string; limit?: number; fields?: readonly ConnexcsCdrField[]; rules?: CdrRule[] };

export type ConnexcsStatisticsRow = {
  key: number | string | null;
  attempts: number;
  connected: number;
  failed: number;
  network_failures: number;
  duration_ms: number;
  pdd_avg_ms: number;
  customer_charge: number;
  provider_charge: number;
};

// ---------- helpers ----------

/** 'YYYY-MM-DD HH:MM:SS' in UTC (ConnexCS's dt form); a string already in that form passes through. */
export function toConnexcsDt(value: Date | string): string {
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value)) return value;
    value = new Date(value);
  }
  if (Number.isNaN(value.getTime())) throw new ConnexcsError('invalid_request', 'CDR search: a dt bound is not a valid date');
  return value.toISOString().slice(0, 19).replace('T', ' ');
}

const dtToMs = (dt: string) => Date.parse(`${dt.replace(' ', 'T')}Z`);

/** The `exp` (ms) of a JWT, without checking its signature (the server does). */
export function jwtExpiry(token: string): { expMs: number; iatMs: number | undefined } | null {
  const part = token.split('.')[1];
  if (!part) return null;
  try {
    const claims = JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as { exp?: unknown; iat?: unknown };
    if (typeof claims.exp !== 'number') return null;
    return { expMs: claims.exp * 1000, iatMs: typeof claims.iat === 'number' ? claims.iat * 1000 : undefined };
  } catch {
    return null;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** List endpoints answer a bare array; ConnexCS's own clients also accept {result} / {data}. */
function asArray<T>(body: unknown, what: string): T[] {
  if (Array.isArray(body)) return body as T[];
  if (isObject(body) && Array.isArray(body.result)) return body.result as T[];
  if (isObject(body) && Array.isArray(body.data)) return body.data as T[];
  throw new ConnexcsError('invalid_response', `${what}: expected a JSON array`);
}

function asObject<T>(body: unknown, what: string): T {
  // GET card/{id} sometimes answers a one-element array (app-cx-mcp rateCard.js).
  if (Array.isArray(body) && body.length === 1 && isObject(body[0])) return body[0] as T;
  if (isObject(body)) return body as T;
  throw new ConnexcsError('invalid_response', `${what}: expected a JSON object`);
}

function okWithId<T extends number | string>(body: unknown, what: string): T {
  const o = asObject<{ id?: unknown; status?: unknown }>(body, what);
  if (o.id === undefined || o.id === null) throw new ConnexcsError('invalid_response', `${what}: the answer carries no id`);
  return o.id as T;
}

function ok(body: unknown, what: string): void {
  const o = asObject<{ status?: unknown }>(body, what);
  if (o.status !== 'OK') throw new ConnexcsError('invalid_response', `${what}: expected {status:'OK'}`);
}

const idOf = (id: number, what: string) => {
  if (!Number.isSafeInteger(id) || id <= 0) throw new ConnexcsError('invalid_request', `${what}: id must be a positive integer`);
  return id;
};

// ---------- the client ----------

type RequestOptions = {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Safe to send again after a 5xx, a timeout or a lost connection. Default: GET/PUT/DELETE. */
  idempotent?: boolean;
  /** This path's shape is an assumption (named in assumptions.ts). */
  assumption?: ConnexcsAssumption;
};

type Token = { value: string; expMs: number; renewAtMs: number };

export function createConnexcsClient(settings: ConnexcsSettings) {
  const apiUrl = settings.apiUrl.replace(/\/+$/, '');
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAttempts = Math.max(1, settings.maxAttempts ?? 4);
  const baseDelayMs = settings.baseDelayMs ?? 250;
  const maxDelayMs = settings.maxDelayMs ?? 10_000;
  const random = settings.random ?? Math.random;
  const sleep = settings.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = settings.now ?? Date.now;

  let refresh: Token | undefined;
  let access: Token | undefined;
  let accessInFlight: Promise<Token> | undefined;

  function requireAuth(): ConnexcsAuth {
    const auth = settings.auth;
    if (!auth) throw new IntegrationNotConfiguredError('connexcs', 'CONNEXCS_USERNAME / CONNEXCS_PASSWORD (or CONNEXCS_REFRESH_TOKEN) are not set');
    return auth;
  }

  function basicHeader(auth: { username?: string; password?: string }): string | undefined {
    return auth.username && auth.password ? `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}` : undefined;
  }

  /** Backoff before attempt `attempt + 1`: exponential with "equal jitter" (half fixed, half random). */
  function backoff(attempt: number, retryAfterSeconds?: number): number {
    const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    const delay = cap / 2 + random() * (cap / 2);
    return Math.min(maxDelayMs, Math.max(delay, (retryAfterSeconds ?? 0) * 1000));
  }

  /** One HTTP exchange: answers the status and parsed JSON, or throws a ConnexcsError (never a SyntaxError). */
  async function exchange(method: string, path: string, authorization: string | undefined, opts: RequestOptions): Promise<{ status: number; body: unknown; retryAfter?: number }> {
    const url = new URL(`${apiUrl}/${path}`);
    for (const [k, v] of Object.entries(opts.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: {
          accept: 'application/json',
          ...(authorization ? { authorization } : {}),
          ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        throw new ConnexcsError('timeout', `${method} ${path}: no answer within ${timeoutMs} ms`);
      }
      const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
      throw new ConnexcsError('network_error', `${method} ${path}: could not reach the server (${cause?.code ?? cause?.message ?? String(error)})`);
    }
    let raw: string;
    try {
      raw = await res.text();
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new ConnexcsError(timedOut ? 'timeout' : 'network_error', `${method} ${path}: the answer was cut off`);
    }
    const retryAfterHeader = Number(res.headers.get('retry-after'));
    const retryAfter = Number.isFinite(retryAfterHeader) && retryAfterHeader >= 0 ? Math.min(retryAfterHeader, 3600) : undefined;
    if (!res.ok) {
      let message = res.statusText || 'request failed';
      try {
        const body = JSON.parse(raw) as { message?: unknown; error?: unknown };
        if (typeof body.message === 'string') message = body.message;
        else if (typeof body.error === 'string') message = body.error;
      } catch {
        if (raw) message = raw.slice(0, 200);
      }
      return { status: res.status, body: { message: message.slice(0, 300) }, retryAfter };
    }
    if (raw.trim() === '') return { status: res.status, body: null };
    try {
      return { status: res.status, body: JSON.parse(raw) as unknown };
    } catch {
      throw new ConnexcsError('invalid_response', `${method} ${path}: the answer is not valid JSON (HTTP ${res.status}, ${raw.length} bytes)`, { httpStatus: res.status });
    }
  }

  function tokenFrom(body: unknown, what: string, renewBeforeMs: (lifetimeMs: number) => number): Token {
    const token = isObject(body) && typeof body.token === 'string' ? body.token : undefined;
    const exp = token ? jwtExpiry(token) : null;
    if (!token || !exp) throw new ConnexcsError('invalid_response', `${what}: expected {token: <JWT with exp>}`);
    const lifetime = exp.expMs - (exp.iatMs ?? now());
    return { value: token, expMs: exp.expMs, renewAtMs: exp.expMs - renewBeforeMs(Math.max(0, lifetime)) };
  }

  /** A refresh token with more than 15 days left (or more than half its lifetime, for short ones). */
  async function refreshToken(): Promise<Token> {
    const auth = requireAuth();
    if (auth.kind !== 'jwt') throw new Error('unreachable');
    const renewBefore = (lifetime: number) => Math.min(REFRESH_RENEW_MS, lifetime / 2);
    if (!refresh && auth.refreshToken) {
      const exp = jwtExpiry(auth.refreshToken);
      refresh = { value: auth.refreshToken, expMs: exp?.expMs ?? Infinity, renewAtMs: exp ? exp.expMs - renewBefore(exp.expMs - (exp.iatMs ?? now())) : Infinity };
    }
    if (refresh && now() < refresh.renewAtMs) return refresh;
    const body = { lifetime: settings.refreshLifetimeSeconds ?? 2_592_000, audience: auth.audience ?? 'didtron' };
    // Renew with the current refresh token while it is valid; otherwise start again with Basic.
    const candidates = [refresh && now() < refresh.expMs ? `Bearer ${refresh.value}` : undefined, basicHeader(auth)].filter((h): h is string => Boolean(h));
    if (candidates.length === 0) throw new ConnexcsError('unauthorized', 'the refresh token has expired and no username/password is set to obtain a new one');
    let last: { status: number; body: unknown } | undefined;
    for (const authorization of candidates) {
      last = await exchange('POST', 'auth/jwt/refresh', authorization, { body });
      if (last.status === 200) return (refresh = tokenFrom(last.body, 'POST auth/jwt/refresh', renewBefore));
      if (last.status !== 401) break;
    }
    throw statusError('POST', 'auth/jwt/refresh', last!, 1);
  }

  /** An access token that will not expire within the renewal margin (one request in flight at a time). */
  async function accessToken(): Promise<Token> {
    if (access && now() < access.renewAtMs) return access;
    accessInFlight ??= (async () => {
      try {
        const margin = settings.accessRenewMarginMs ?? 60_000;
        let r = await refreshToken();
        let res = await exchange('GET', 'auth/jwt', `Bearer ${r.value}`, {});
        if (res.status === 401) {
          // The refresh token was revoked: start again from Basic once.
          refresh = { ...r, renewAtMs: 0, expMs: 0 };
          r = await refreshToken();
          res = await exchange('GET', 'auth/jwt', `Bearer ${r.value}`, {});
        }
        if (res.status !== 200) throw statusError('GET', 'auth/jwt', res, 1);
        return (access = tokenFrom(res.body, 'GET auth/jwt', (lifetime) => Math.min(margin, lifetime / 2)));
      } finally {
        accessInFlight = undefined;
      }
    })();
    return accessInFlight;
  }

  function statusError(method: string, path: string, res: { status: number; body: unknown }, attempts: number, assumption?: ConnexcsAssumption): ConnexcsError {
    const message = isObject(res.body) && typeof res.body.message === 'string' ? res.body.message : '';
    const tried = attempts > 1 ? ` after ${attempts} attempts` : '';
    const assumed = assumption ? ` (this path's shape is an assumption: ${assumption} in lib/integrations/connexcs/assumptions.ts)` : '';
    return new ConnexcsError(res.status === 401 ? 'unauthorized' : 'http_error', `${method} ${path} failed${tried}: HTTP ${res.status}${message ? ` ${message}` : ''}${res.status === 404 || res.status === 405 ? assumed : ''}`, {
      httpStatus: res.status,
      attempts,
    });
  }

  async function authorization(): Promise<string> {
    const auth = requireAuth();
    if (auth.kind === 'basic') return basicHeader(auth)!;
    return `Bearer ${(await accessToken()).value}`;
  }

  /** One API call with auth, retries and backoff; answers the parsed JSON body. */
  async function request(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, opts: RequestOptions = {}): Promise<unknown> {
    const idempotent = opts.idempotent ?? method !== 'POST';
    let reauthenticated = false;
    for (let attempt = 1; ; attempt++) {
      let authz: string;
      try {
        authz = await authorization();
      } catch (error) {
        // Token requests are safe to repeat whatever the call is: nothing of the call was sent yet.
        const status = error instanceof ConnexcsError ? error.upstreamStatus : undefined;
        const transient =
          error instanceof ConnexcsError && (error.reason === 'timeout' || error.reason === 'network_error' || status === 429 || status === 408 || (status !== undefined && status >= 500));
        if (transient && attempt < maxAttempts) {
          await sleep(backoff(attempt));
          continue;
        }
        throw error;
      }
      let res: { status: number; body: unknown; retryAfter?: number };
      try {
        res = await exchange(method, path, authz, opts);
      } catch (error) {
        const transient = error instanceof ConnexcsError && (error.reason === 'timeout' || error.reason === 'network_error');
        if (transient && idempotent && attempt < maxAttempts) {
          await sleep(backoff(attempt));
          continue;
        }
        if (transient && attempt > 1 && error instanceof ConnexcsError) {
          throw new ConnexcsError(error.reason, `${error.message.replace(/^ConnexCS /, '')} (gave up after ${attempt} attempts)`, { attempts: attempt });
        }
        throw error;
      }
      if (res.status >= 200 && res.status < 300) return res.body;
      if (res.status === 401 && settings.auth?.kind === 'jwt' && !reauthenticated) {
        // The access token expired or was revoked early: get a new one and try again (not an attempt).
        reauthenticated = true;
        access = undefined;
        attempt--;
        continue;
      }
      const retryable = res.status === 429 || (idempotent && (res.status >= 500 || res.status === 408));
      if (retryable && attempt < maxAttempts) {
        await sleep(backoff(attempt, res.status === 429 ? res.retryAfter : undefined));
        continue;
      }
      throw statusError(method, path, res, attempt, opts.assumption);
    }
  }

  const call = <T>(operation: string, fn: () => Promise<T>) => callIntegration('connexcs', operation, fn);

  const companies = (path: 'customer' | 'provider', assumption?: ConnexcsAssumption) => ({
    list: (q: { status?: string; name?: string; startRow?: number; endRow?: number } = {}) =>
      call(`${path}.list`, async () =>
        asArray<ConnexcsCompany>(
          await request('GET', path, { query: { s: '', status: q.status, name: q.name, _startRow: q.startRow ?? 0, _endRow: q.endRow ?? 1000 }, assumption }),
          `GET ${path}`,
        ),
      ),
    get: (id: number) => call(`${path}.get`, async () => asObject<ConnexcsCompany>(await request('GET', `${path}/${idOf(id, path)}`, { assumption }), `GET ${path}/{id}`)),
    create: (input: ConnexcsCompanyInput) =>
      call(`${path}.create`, async () => ({
        id: Number(okWithId(await request('POST', path, { body: path === 'customer' ? { is_customer: 'yes', ...input } : input, assumption }), `POST ${path}`)),
      })),
    update: (id: number, patch: Partial<ConnexcsCompanyInput>) =>
      call(`${path}.update`, async () => ok(await request('PUT', `${path}/${idOf(id, path)}`, { body: patch, assumption: assumption ?? 'customerUpdate' }), `PUT ${path}/{id}`)),
  });

  const customers = companies('customer');
  const carriers = companies('provider', 'providers');

  async function searchCdrsUnwrapped(input: CdrSearchInput): Promise<ConnexcsCdr[]> {
    const limit = input.limit ?? 1000;
    if (!Number.isInteger(limit) || limit < 1 || limit > CDR_MAX_LIMIT) {
      throw new ConnexcsError('invalid_request', `CDR search: limit must be an integer from 1 to ${CDR_MAX_LIMIT} (got ${limit})`);
    }
    const from = toConnexcsDt(input.from);
    const to = toConnexcsDt(input.to);
    const body = {
      field: [...(input.fields ?? CDR_DEFAULT_FIELDS)],
      where: { rules: [{ field: 'dt', condition: '>=', data: from }, { field: 'dt', condition: '<=', data: to }, ...(input.rules ?? [])] },
      limit,
      order: [{ field: 'dt', direction: 'ASC' }],
    };
    return asArray<ConnexcsCdr>(await request('POST', 'cdr', { body, idempotent: true }), 'POST cdr');
  }

  return {
    /** GET setup/account: proves the URL answers and the credentials are accepted (unwrapped). */
    async testConnection(): Promise<{ account: string }> {
      const body = asObject<{ name?: unknown }>(await request('GET', 'setup/account'), 'GET setup/account');
      return { account: typeof body.name === 'string' ? body.name : 'ConnexCS' };
    },

    customers: {
      ...customers,
      block: (id: number) => call('customer.block', async () => ok(await request('PUT', `customer/${idOf(id, 'customer')}`, { body: { status: 'Inactive' }, assumption: 'customerBlock' }), 'PUT customer/{id}')),
      unblock: (id: number) => call('customer.unblock', async () => ok(await request('PUT', `customer/${idOf(id, 'customer')}`, { body: { status: 'Active' }, assumption: 'customerBlock' }), 'PUT customer/{id}')),
    },

    carriers,

    ipAuth: {
      list: (q: { companyId?: number; ip?: string; limit?: number } = {}) =>
        call('ip.list', async () => asArray<ConnexcsIpAuth>(await request('GET', 'switch/ip', { query: { company_id: q.companyId, ip: q.ip, _limit: q.limit ?? 1000 } }), 'GET switch/ip')),
      add: (input: { companyId: number; ip: string; techPrefix?: string; direction?: 'ingress' | 'egress' }) =>
        call('ip.add', async () => ({
          id: Number(
            okWithId(
              await request('POST', 'switch/ip', {
                body: { company_id: idOf(input.companyId, 'switch/ip'), ip: input.ip, tech_prefix: input.techPrefix ?? '', direction: input.direction ?? 'ingress' },
                assumption: 'ipAuthWrite',
              }),
              'POST switch/ip',
            ),
          ),
        })),
      remove: (id: number) => call('ip.remove', async () => ok(await request('DELETE', `switch/ip/${idOf(id, 'switch/ip')}`, { assumption: 'ipAuthWrite' }), 'DELETE switch/ip/{id}')),
    },

    rateCards: {
      create: (input: { name: string; companyId: number; direction: 'customer' | 'provider'; currency: string }) =>
        call('card.create', async () => ({
          id: String(
            okWithId(
              await request('POST', 'card', { body: { name: input.name, company_id: idOf(input.companyId, 'card'), direction: input.direction, currency: input.currency }, assumption: 'cardCreate' }),
              'POST card',
            ),
          ),
        })),
      get: (cardId: string) => call('card.get', async () => asObject<ConnexcsCard>(await request('GET', `card/${encodeURIComponent(cardId)}`), 'GET card/{id}')),
      /** Pushes a new revision of the card's rules (and makes it active unless activate is false). */
      pushRevision: (cardId: string, rules: ConnexcsRateRule[], opts: { activate?: boolean } = {}) =>
        call('card.pushRevision', async () => {
          const body = asObject<{ rev?: unknown }>(
            await request('POST', `card/${encodeURIComponent(cardId)}/rev`, { body: { rules, activate: opts.activate ?? true }, assumption: 'cardRevisionUpload' }),
            'POST card/{id}/rev',
          );
          if (typeof body.rev !== 'number') throw new ConnexcsError('invalid_response', 'POST card/{id}/rev: the answer carries no rev');
          return { rev: body.rev };
        }),
      rules: (cardId: string, rev: number, page: { limit?: number; offset?: number } = {}) =>
        call('card.rules', async () =>
          asArray<ConnexcsRateRule>(
            await request('GET', `card/${encodeURIComponent(cardId)}/rev/${rev}/rule`, { query: { limit: Math.min(page.limit ?? 1000, 10_000), offset: page.offset ?? 0 } }),
            'GET card/{id}/rev/{rev}/rule',
          ),
        ),
    },

    routing: {
      list: (companyId: number) =>
        call('routing.list', async () => asArray<ConnexcsRouting>(await request('GET', 'routing', { query: { s: '', company_id: idOf(companyId, 'routing') } }), 'GET routing')),
      assign: (input: { companyId: number; cardId: string; name?: string }) =>
        call('routing.assign', async () => ({
          id: Number(
            okWithId(
              await request('POST', 'routing', { body: { company_id: idOf(input.companyId, 'routing'), card_id: input.cardId, ...(input.name ? { name: input.name } : {}) }, assumption: 'routingWrite' }),
              'POST routing',
            ),
          ),
        })),
      remove: (id: number) => call('routing.remove', async () => ok(await request('DELETE', `routing/${idOf(id, 'routing')}`, { assumption: 'routingWrite' }), 'DELETE routing/{id}')),
    },

    balances: {
      /** The customer's balance (`credit`) and postpaid allowance (`debit_limit`). */
      get: (customerId: number) =>
        call('balance.get', async () => {
          const c = asObject<ConnexcsCompany>(await request('GET', `customer/${idOf(customerId, 'customer')}`), 'GET customer/{id}');
          const credit = Number(c.credit);
          const debitLimit = Number(c.debit_limit ?? 0);
          if (!Number.isFinite(credit) || !Number.isFinite(debitLimit)) throw new ConnexcsError('invalid_response', 'GET customer/{id}: credit or debit_limit is not a number');
          return { credit, debitLimit, available: credit + debitLimit, currency: c.currency } satisfies ConnexcsBalance;
        }),
      /**
       * POST payment: a positive total credits, a negative one debits. Never retried on 5xx or a
       * timeout (it would move money twice); the caller reconciles with payments.list.
       */
      adjust: (input: { customerId: number; total: number; description: string; currency?: string }) =>
        call('balance.adjust', async () => {
          if (!Number.isFinite(input.total) || input.total === 0) throw new ConnexcsError('invalid_request', 'balance adjustment: total must be a non-zero finite number');
          ok(
            await request('POST', 'payment', {
              body: { company_id: idOf(input.customerId, 'payment'), total: input.total, description: input.description, status: 'Completed', ...(input.currency ? { currency: input.currency } : {}) },
            }),
            'POST payment',
          );
        }),
      payments: (customerId: number, page: { startRow?: number; endRow?: number } = {}) =>
        call('payment.list', async () =>
          asArray<ConnexcsPayment>(
            await request('GET', 'payment', {
              query: { s: '', company_id: idOf(customerId, 'payment'), _startRow: page.startRow ?? 0, _endRow: page.endRow ?? 100, _pivotMode: 'false', '_sortModel[0][sort]': 'desc', '_sortModel[0][colId]': 'payment.payment_time' },
            }),
            'GET payment',
          ),
        ),
    },

    dids: {
      list: (q: { search?: string; customerId?: number | null; startRow?: number; endRow?: number } = {}) =>
        call('did.list', async () =>
          asArray<ConnexcsDid>(
            await request('GET', 'did', {
              query: { s: q.search ?? '', _startRow: q.startRow ?? 0, _endRow: q.endRow ?? 10_000, _pivotMode: 'false', customer_id: q.customerId === null ? '[null]' : q.customerId },
            }),
            'GET did',
          ),
        ),
      create: (input: { did: string; customerId?: number }) =>
        call('did.create', async () => ({ id: Number(okWithId(await request('POST', 'did', { body: { did: input.did, customer_id: input.customerId }, assumption: 'didCreate' }), 'POST did')) })),
      assign: (id: number, customerId: number | null) => call('did.assign', async () => ok(await request('PUT', `did/${idOf(id, 'did')}`, { body: { customer_id: customerId } }), 'PUT did/{id}')),
    },

    cdrs: {
      /** One page of POST cdr: connected calls with from <= dt <= to, oldest first, at most `limit` (<= 5000). */
      search: (input: CdrSearchInput) => call('cdr.search', () => searchCdrsUnwrapped(input)),

      /**
       * Every connected call of [from, to], page by page, as ConnexCS allows (no cursor): the next
       * page starts at the last page's last `dt` (inclusive) and the rows of that second already
       * served are skipped by (callid, branch_idx). A second holding `limit` rows or more is
       * fetched alone at 5,000; more than that in one second cannot be paged and is an error.
       */
      async *pages(input: { from: Date | string; to: Date | string; limit?: number; fields?: readonly ConnexcsCdrField[] }): AsyncGenerator<ConnexcsCdr[]> {
        const limit = input.limit ?? CDR_MAX_LIMIT;
        const to = toConnexcsDt(input.to);
        const fields = input.fields ?? CDR_DEFAULT_FIELDS;
        for (const f of ['dt', 'callid', 'branch_idx'] as const) if (!fields.includes(f)) throw new ConnexcsError('invalid_request', `CDR paging needs the ${f} field`);
        let cursor = toConnexcsDt(input.from);
        let seen = new Set<string>();
        const key = (r: ConnexcsCdr) => `${r.callid}\u0000${r.branch_idx}`;
        for (;;) {
          const page = await call('cdr.search', () => searchCdrsUnwrapped({ from: cursor, to, limit, fields }));
          const fresh = page.filter((r) => r.dt !== cursor || !seen.has(key(r)));
          if (page.length < limit) {
            if (fresh.length) yield fresh;
            return;
          }
          const lastDt = page.at(-1)!.dt;
          if (lastDt === cursor) {
            // The whole page is one second: fetch that second alone at the maximum, then move past it.
            const second = limit < CDR_MAX_LIMIT ? await call('cdr.search', () => searchCdrsUnwrapped({ from: cursor, to: cursor, limit: CDR_MAX_LIMIT, fields })) : page;
            if (second.length >= CDR_MAX_LIMIT) {
              throw new ConnexcsError('invalid_response', `CDR paging: ${CDR_MAX_LIMIT} or more connected calls in the one second ${cursor}; ConnexCS's CDR search cannot page inside a second`);
            }
            const rest = second.filter((r) => !seen.has(key(r)));
            if (rest.length) yield rest;
            if (cursor >= to) return;
            cursor = toConnexcsDt(new Date(dtToMs(cursor) + 1000));
            seen = new Set();
            continue;
          }
          if (fresh.length) yield fresh;
          seen = new Set(page.filter((r) => r.dt === lastDt).map(key));
          cursor = lastDt;
        }
      },
    },

    statistics: {
      /** Attempts, connected and failed calls (and totals) of [from, to] per customer, provider or destination. */
      get: (input: { from: Date | string; to: Date | string; group?: 'customer_id' | 'provider_id' | 'dest_code'; customerId?: number; providerId?: number }) =>
        call('statistics.get', async () =>
          asArray<ConnexcsStatisticsRow>(
            await request('GET', 'breakout-aggrid', {
              query: { start: toConnexcsDt(input.from), end: toConnexcsDt(input.to), group: input.group ?? 'customer_id', customer_id: input.customerId, provider_id: input.providerId, startRow: 0, endRow: 10_000 },
              assumption: 'statistics',
            }),
            'GET breakout-aggrid',
          ),
        ),
    },
  };
}

export type ConnexcsClient = ReturnType<typeof createConnexcsClient>;

export function connexcsSettingsFromConfig(): ConnexcsSettings {
  const c = config();
  return { apiUrl: c.connexcs.apiUrl, auth: c.connexcs.auth, timeoutMs: c.connexcs.timeoutMs };
}

// One client for the process (it holds the tokens), rebuilt only if the settings change.
let current: { signature: string; client: ConnexcsClient } | undefined;

/** The ConnexCS client configured by lib/config (ConnexCS in production, the local fake in sandbox). */
export function connexcs(): ConnexcsClient {
  const settings = connexcsSettingsFromConfig();
  const signature = JSON.stringify(settings);
  if (current?.signature !== signature) current = { signature, client: createConnexcsClient(settings) };
  return current.client;
}
