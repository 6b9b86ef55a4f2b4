import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkSchemaName, connect, ensureSchema, generateCalls, getState, setState, toSqlTimestamp, type Sql } from './store';
import { signJwt, verifyJwt } from './jwt';

/**
 * A local stand-in for the ConnexCS switch API (`/api/cp/...`): the same paths, auth (Basic, or the
 * JWT refresh -> access pair) and payloads as lib/integrations/connexcs speaks, with its state in its
 * own PostgreSQL schema so it survives a restart. Paths the public sources do not confirm follow
 * lib/integrations/connexcs/assumptions.ts exactly.
 *
 * Control endpoints (development, tests, benchmarks) live under /__fake:
 *   POST   /__fake/traffic  {from, to, cps}      generate the calls of a window (batched, deterministic)
 *   POST   /__fake/rerate   {callid, branch_idx?, customer_charge?, provider_charge?, duration?}
 *   POST   /__fake/fail     {mode: down|slow|429|500|malformed|expired_token, times?, delayMs?, retryAfter?}
 *   DELETE /__fake/fail     clear pending faults
 *   GET    /__fake/stats    request, token and fault counters
 *   POST   /__fake/reset    empty every table (the seed stays)
 */

export type FakeConnexcsOptions = {
  databaseUrl: string;
  port?: number;
  host?: string;
  /** PostgreSQL schema of the fake's state (default fake_connexcs). */
  schema?: string;
  /** Seed of the generated traffic; fixed by the first start of a schema. */
  seed?: number;
  username?: string;
  password?: string;
  /** Lifetime of access tokens from GET auth/jwt (ConnexCS: minutes). */
  accessTokenSeconds?: number;
  /** Live traffic: generate the previous second's calls every second at this rate (0: off). */
  liveCps?: number;
};

export type FakeConnexcs = {
  /** Base URL for CONNEXCS_API_URL, e.g. http://127.0.0.1:4595/api/cp */
  apiUrl: string;
  origin: string;
  port: number;
  schema: string;
  seed: number;
  close: () => Promise<void>;
};

type FaultMode = 'down' | 'slow' | '429' | '500' | 'malformed';
type Fault = { mode: FaultMode; remaining: number; delayMs: number; retryAfter: number };

const MAX_BODY_BYTES = 20 * 1024 * 1024;
const CDR_MAX_LIMIT = 5000;

/** The CDR fields this fake serves (ConnexCS names, app-cx-mcp callDebugTypes.ts CdrRecord and neighbours). */
export const CDR_FIELDS = [
  'dt', 'callid', 'branch_idx', 'customer_id', 'provider_id', 'source_cli', 'dest_number',
  'customer_card_dest_code', 'customer_card_dest_name', 'duration', 'customer_duration', 'customer_card_rate',
  'customer_charge', 'customer_card_currency', 'provider_duration', 'provider_card_rate', 'provider_charge',
  'provider_card_currency', 'pdd_in', 'pdd_out', 'ring_duration', 'sip_code', 'sip_reason', 'release_reason',
] as const;
const NUMERIC_FIELDS = new Set(['customer_card_rate', 'customer_charge', 'provider_card_rate', 'provider_charge']);
const CONDITIONS = new Set(['>=', '<=', '=', '>', '<', '!=']);
const DT_FORM = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;
/** A real UTC instant in ConnexCS's 'YYYY-MM-DD HH:MM:SS' form (2026-13-45 is not). */
const DT = { test: (v: string) => DT_FORM.test(v) && toSqlTimestamp(new Date(`${v.replace(' ', 'T')}Z`)) === v };

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Adds a query parameter and answers its placeholder ($n). */
function bind(params: unknown[], value: unknown): string {
  params.push(value);
  return `$${params.length}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function send(res: http.ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  if (body === undefined) return void res.writeHead(status, headers).end();
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json), ...headers }).end(json);
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'Request body too large');
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.trim() === '') return {};
  try {
    return JSON.parse(raw);
  } catch {
    throw new HttpError(400, 'Body is not valid JSON');
  }
}

const str = (v: unknown, field: string, max = 200): string => {
  if (typeof v !== 'string' || v.trim() === '' || v.length > max || /\p{Cc}/u.test(v)) throw new HttpError(400, `${field} must be a non-empty string of at most ${max} characters`);
  return v.trim();
};
const optStr = (v: unknown, field: string, max = 200) => (v === undefined || v === null ? undefined : str(v, field, max));
const num = (v: unknown, field: string): number => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || Math.abs(n) > 1e12) throw new HttpError(400, `${field} must be a finite number`);
  return n;
};
const int = (v: unknown, field: string, min = 0, max = 2 ** 31 - 1): number => {
  const n = num(v, field);
  if (!Number.isInteger(n) || n < min || n > max) throw new HttpError(400, `${field} must be an integer between ${min} and ${max}`);
  return n;
};
const idParam = (v: string | undefined, field = 'id') => int(v, field, 1);

/** numeric columns arrive as strings from postgres.js; ConnexCS answers numbers. */
function numbers<T extends Record<string, unknown>>(row: T, keys: string[]): T {
  const out: Record<string, unknown> = { ...row };
  for (const k of keys) if (out[k] !== null && out[k] !== undefined) out[k] = Number(out[k]);
  return out as T;
}

export async function startFakeConnexcs(options: FakeConnexcsOptions): Promise<FakeConnexcs> {
  const host = options.host ?? '127.0.0.1';
  const s = checkSchemaName(options.schema ?? 'fake_connexcs');
  const username = options.username ?? 'sandbox';
  const password = options.password ?? 'sandbox-fake-connexcs-password';
  const accessSeconds = options.accessTokenSeconds ?? 300;
  const sql: Sql = connect(options.databaseUrl);
  const seed = await ensureSchema(sql, s, options.seed ?? 1);
  let secret = await getState<string>(sql, s, 'jwt_secret');
  if (!secret) {
    secret = randomBytes(32).toString('hex');
    await setState(sql, s, 'jwt_secret', secret);
  }
  const jwtSecret = secret;

  const faults: Fault[] = [];
  const stats = { requests: 0, refreshTokensIssued: 0, refreshRenewals: 0, accessTokensIssued: 0, unauthorized: 0, faultsServed: 0, cdrSearches: 0 };
  // Access tokens issued before this instant are refused ("expired_token" fault): kept in memory, a
  // restart of the fake forgets it as a real switch would not; tests re-arm it after a restart.
  let accessValidAfter = 0;

  type Auth = { kind: 'basic' } | { kind: 'refresh'; sub: string; aud: string } | { kind: 'access' };

  function authenticate(req: http.IncomingMessage): Auth | null {
    const header = req.headers.authorization ?? '';
    if (header.startsWith('Basic ')) {
      const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
      const sep = decoded.indexOf(':');
      return sep > 0 && decoded.slice(0, sep) === username && decoded.slice(sep + 1) === password ? { kind: 'basic' } : null;
    }
    if (header.startsWith('Bearer ')) {
      const claims = verifyJwt(jwtSecret, header.slice(7));
      const now = Date.now() / 1000;
      if (!claims || claims.exp <= now) return null;
      if (claims.typ === 'refresh') return { kind: 'refresh', sub: claims.sub, aud: claims.aud };
      if (claims.iat * 1000 <= accessValidAfter) return null;
      return { kind: 'access' };
    }
    return null;
  }

  async function api(method: string, path: string, url: URL, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const auth = authenticate(req);
    const seg = path.split('/');
    const q = url.searchParams;

    // --- auth (cx-tools lib/configure.js, lib/utils.js) ---
    if (path === 'auth/jwt/refresh' && method === 'POST') {
      if (!auth || auth.kind === 'access') return unauthorized(res);
      const body = await readJson(req);
      const lifetime = isObject(body) && body.lifetime !== undefined ? int(body.lifetime, 'lifetime', 60, 31_536_000) : 2_592_000;
      const audience = isObject(body) && body.audience !== undefined ? str(body.audience, 'audience') : auth.kind === 'refresh' ? auth.aud : 'api';
      const iat = Math.floor(Date.now() / 1000);
      stats.refreshTokensIssued += 1;
      if (auth.kind === 'refresh') stats.refreshRenewals += 1;
      return send(res, 200, { token: signJwt(jwtSecret, { sub: username, aud: audience, typ: 'refresh', iat, exp: iat + lifetime }) });
    }
    if (path === 'auth/jwt' && method === 'GET') {
      if (!auth || auth.kind !== 'refresh') return unauthorized(res);
      const iat = Math.floor(Date.now() / 1000);
      stats.accessTokensIssued += 1;
      // iat in ms precision would leak into the claim; keep seconds but let "expired_token" compare in ms.
      return send(res, 200, { token: signJwt(jwtSecret, { sub: auth.sub, aud: auth.aud, typ: 'access', iat: Date.now() / 1000, exp: iat + accessSeconds }) });
    }
    if (!auth || auth.kind === 'refresh') return unauthorized(res);

    if (path === 'setup/account' && method === 'GET') return send(res, 200, { name: 'DIDTron sandbox (local fake ConnexCS)' });

    // --- companies: customers (confirmed) and providers (assumption) ---
    if (seg[0] === 'customer' || seg[0] === 'provider') {
      const kind = seg[0];
      const cols = `id, name, status, credit, debit_limit, currency, channels, cps`;
      if (seg.length === 1 && method === 'GET') {
        const where: string[] = [`kind = $1`];
        const params: unknown[] = [kind];
        if (q.get('id')) where.push(`id = ${bind(params, idParam(q.get('id')!))}`);
        if (q.get('name')) where.push(`name = ${bind(params, q.get('name'))}`);
        if (q.get('status')) where.push(`lower(status) = ${bind(params, q.get('status')!.toLowerCase())}`);
        const { offset, limit } = agGrid(q);
        const rows = await sql.unsafe(`select ${cols} from ${s}.company where ${where.join(' and ')} order by id offset ${offset} limit ${limit}`, params as never[]);
        return send(res, 200, rows.map((r) => numbers(r, ['credit', 'debit_limit'])));
      }
      if (seg.length === 1 && method === 'POST') {
        const body = await readJson(req);
        if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
        const [row] = await sql.unsafe<{ id: number }[]>(
          `insert into ${s}.company (kind, name, status, debit_limit, currency, channels, cps) values ($1, $2, $3, $4, $5, $6, $7) returning id`,
          [kind, str(body.name, 'name'), status(body.status) ?? 'Active', body.debit_limit === undefined ? 0 : num(body.debit_limit, 'debit_limit'),
            currency(body.currency), body.channels === undefined ? null : int(body.channels, 'channels'), body.cps === undefined ? null : int(body.cps, 'cps')] as never[],
        );
        return send(res, 200, { status: 'OK', id: row!.id });
      }
      if (seg.length === 2) {
        const id = idParam(seg[1]);
        if (method === 'GET') {
          const [row] = await sql.unsafe(`select ${cols} from ${s}.company where kind = $1 and id = $2`, [kind, id]);
          if (!row) throw new HttpError(404, `${kind} ${id} not found`);
          const ips = await sql.unsafe(`select id, ip, tech_prefix, direction from ${s}.switch_ip where company_id = $1 order by id`, [id]);
          return send(res, 200, { ...numbers(row, ['credit', 'debit_limit']), ips });
        }
        if (method === 'PUT') {
          const body = await readJson(req);
          if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
          const [row] = await sql.unsafe(
            `update ${s}.company set name = coalesce($3, name), status = coalesce($4, status), debit_limit = coalesce($5, debit_limit),
               channels = coalesce($6, channels), cps = coalesce($7, cps) where kind = $1 and id = $2 returning id`,
            [kind, id, optStr(body.name, 'name') ?? null, status(body.status) ?? null, body.debit_limit === undefined ? null : num(body.debit_limit, 'debit_limit'),
              body.channels === undefined ? null : int(body.channels, 'channels'), body.cps === undefined ? null : int(body.cps, 'cps')] as never[],
          );
          if (!row) throw new HttpError(404, `${kind} ${id} not found`);
          return send(res, 200, { status: 'OK' });
        }
      }
    }

    // --- IP authentication (GET confirmed; writes assumed) ---
    if (seg[0] === 'switch' && seg[1] === 'ip') {
      if (seg.length === 2 && method === 'GET') {
        const where: string[] = ['true'];
        const params: unknown[] = [];
        if (q.get('ip')) where.push(`ip = ${bind(params, q.get('ip'))}`);
        if (q.get('company_id')) where.push(`company_id = ${bind(params, idParam(q.get('company_id')!, 'company_id'))}`);
        const limit = q.get('_limit') ? int(q.get('_limit'), '_limit', 1, 10_000) : 1000;
        return send(res, 200, await sql.unsafe(`select id, company_id, ip, tech_prefix, direction from ${s}.switch_ip where ${where.join(' and ')} order by id limit ${limit}`, params as never[]));
      }
      if (seg.length === 2 && method === 'POST') {
        const body = await readJson(req);
        if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
        const ip = str(body.ip, 'ip', 64);
        if (!/^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(ip)) throw new HttpError(400, 'ip must be an IPv4/IPv6 address or CIDR');
        const techPrefix = body.tech_prefix === undefined || body.tech_prefix === '' ? '' : str(body.tech_prefix, 'tech_prefix', 32);
        if (!/^[0-9#*]*$/.test(techPrefix)) throw new HttpError(400, 'tech_prefix must be digits, # or *');
        const direction = body.direction === 'egress' ? 'egress' : 'ingress';
        const companyId = await company(int(body.company_id, 'company_id', 1));
        const [row] = await sql.unsafe<{ id: number }[]>(`insert into ${s}.switch_ip (company_id, ip, tech_prefix, direction) values ($1, $2, $3, $4) returning id`, [companyId, ip, techPrefix, direction]);
        return send(res, 200, { status: 'OK', id: row!.id });
      }
      if (seg.length === 3 && method === 'DELETE') {
        const rows = await sql.unsafe(`delete from ${s}.switch_ip where id = $1 returning id`, [idParam(seg[2])]);
        if (rows.length === 0) throw new HttpError(404, 'ip not found');
        return send(res, 200, { status: 'OK' });
      }
    }

    // --- rate cards (reads confirmed; create and revision upload assumed) ---
    if (seg[0] === 'card') {
      if (seg.length === 1 && method === 'POST') {
        const body = await readJson(req);
        if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
        const direction = body.direction === 'provider' ? 'provider' : body.direction === 'customer' ? 'customer' : null;
        if (!direction) throw new HttpError(400, 'direction must be customer or provider');
        const companyId = await company(int(body.company_id, 'company_id', 1));
        const id = await nextCardId();
        await sql.unsafe(`insert into ${s}.card (id, company_id, name, direction, currency) values ($1, $2, $3, $4, $5)`, [id, companyId, str(body.name, 'name'), direction, currency(body.currency)]);
        return send(res, 200, { status: 'OK', id });
      }
      const cardId = seg[1] ?? '';
      if (!/^[A-Za-z0-9_-]{1,32}$/.test(cardId)) throw new HttpError(404, 'card not found');
      if (seg.length === 2 && method === 'GET') {
        const [row] = await sql.unsafe(
          `select c.id, c.name, c.company_id, c.active_rev, c.currency, c.strategy, c.direction,
                  (select count(*)::int from ${s}.card_rule r where r.card_id = c.id and r.rev = c.active_rev) as count
           from ${s}.card c where c.id = $1`,
          [cardId],
        );
        if (!row) throw new HttpError(404, 'card not found');
        return send(res, 200, row);
      }
      if (seg.length === 3 && seg[2] === 'rev' && method === 'POST') {
        const body = await readJson(req);
        if (!isObject(body) || !Array.isArray(body.rules)) throw new HttpError(400, 'rules must be an array');
        if (body.rules.length > 100_000) throw new HttpError(413, 'at most 100000 rules per revision');
        const rules = body.rules.map((r, i) => {
          if (!isObject(r)) throw new HttpError(400, `rules[${i}] must be an object`);
          const prefix = str(r.prefix, `rules[${i}].prefix`, 32);
          if (!/^\d+$/.test(prefix)) throw new HttpError(400, `rules[${i}].prefix must be digits`);
          return {
            prefix,
            name: r.name === undefined ? '' : str(r.name, `rules[${i}].name`),
            cost: num(r.cost, `rules[${i}].cost`),
            connect: r.connect === undefined ? 0 : num(r.connect, `rules[${i}].connect`),
            mcd: r.mcd === undefined ? 1 : int(r.mcd, `rules[${i}].mcd`, 0, 3600),
            pulse: r.pulse === undefined ? 1 : int(r.pulse, `rules[${i}].pulse`, 1, 3600),
            status: r.status === 'Blocked' ? 'Blocked' : 'Active',
          };
        });
        if (new Set(rules.map((r) => r.prefix)).size !== rules.length) throw new HttpError(400, 'duplicate prefix in rules');
        const rev = await sql.begin(async (tx) => {
          const [card] = await tx.unsafe<{ rev: number }[]>(`select coalesce((select max(rev) from ${s}.card_rule where card_id = $1), 0) + 1 as rev from ${s}.card where id = $1 for update`, [cardId]);
          if (!card) throw new HttpError(404, 'card not found');
          for (let i = 0; i < rules.length; i += 5000) {
            const chunk = rules.slice(i, i + 5000);
            await tx.unsafe(
              `insert into ${s}.card_rule (card_id, rev, prefix, name, cost, connect, mcd, pulse, status)
               select $1, $2, * from unnest($3::text[], $4::text[], $5::numeric[], $6::numeric[], $7::int[], $8::int[], $9::text[])`,
              [cardId, card.rev, chunk.map((r) => r.prefix), chunk.map((r) => r.name), chunk.map((r) => r.cost), chunk.map((r) => r.connect),
                chunk.map((r) => r.mcd), chunk.map((r) => r.pulse), chunk.map((r) => r.status)] as never[],
            );
          }
          if (body.activate !== false) await tx.unsafe(`update ${s}.card set active_rev = $2 where id = $1`, [cardId, card.rev]);
          return card.rev;
        });
        return send(res, 200, { status: 'OK', rev });
      }
      if (seg.length === 5 && seg[2] === 'rev' && seg[4] === 'rule' && method === 'GET') {
        const rev = int(seg[3], 'rev', 0);
        const limit = q.get('limit') ? int(q.get('limit'), 'limit', 1, 10_000) : 1000;
        const offset = q.get('offset') ? int(q.get('offset'), 'offset', 0) : 0;
        const rows = await sql.unsafe(
          `select prefix, name, cost, connect, mcd, pulse, status from ${s}.card_rule where card_id = $1 and rev = $2 order by prefix offset $3 limit $4`,
          [cardId, rev, offset, limit],
        );
        return send(res, 200, rows.map((r) => numbers(r, ['cost', 'connect'])));
      }
    }

    // --- routing (GET confirmed; writes assumed) ---
    if (seg[0] === 'routing') {
      if (seg.length === 1 && method === 'GET') {
        const params: unknown[] = [];
        let where = 'true';
        if (q.get('company_id')) (where = `company_id = ${bind(params, idParam(q.get('company_id')!, 'company_id'))}`);
        return send(res, 200, await sql.unsafe(`select id, company_id, card_id, name from ${s}.routing where ${where} order by id`, params as never[]));
      }
      if (seg.length === 1 && method === 'POST') {
        const body = await readJson(req);
        if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
        const companyId = await company(int(body.company_id, 'company_id', 1));
        const cardId = str(body.card_id, 'card_id', 32);
        const [card] = await sql.unsafe(`select id from ${s}.card where id = $1 and direction = 'customer'`, [cardId]);
        if (!card) throw new HttpError(400, 'card_id is not a customer card');
        const [row] = await sql.unsafe<{ id: number }[]>(
          `insert into ${s}.routing (company_id, card_id, name) values ($1, $2, $3) on conflict (company_id, card_id) do update set name = excluded.name returning id`,
          [companyId, cardId, optStr(body.name, 'name') ?? ''],
        );
        return send(res, 200, { status: 'OK', id: row!.id });
      }
      if (seg.length === 2 && method === 'DELETE') {
        const rows = await sql.unsafe(`delete from ${s}.routing where id = $1 returning id`, [idParam(seg[1])]);
        if (rows.length === 0) throw new HttpError(404, 'routing not found');
        return send(res, 200, { status: 'OK' });
      }
    }

    // --- payments (confirmed): POST total (negative debits), GET reads amount ---
    if (seg[0] === 'payment' && seg.length === 1) {
      if (method === 'POST') {
        const body = await readJson(req);
        if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
        const companyId = await company(int(body.company_id, 'company_id', 1));
        const total = num(body.total, 'total');
        await sql.begin(async (tx) => {
          const [c] = await tx.unsafe<{ currency: string }[]>(`update ${s}.company set credit = credit + $2 where id = $1 returning currency`, [companyId, total]);
          await tx.unsafe(`insert into ${s}.payment (company_id, amount, currency, description, status) values ($1, $2, $3, $4, $5)`, [
            companyId, total, body.currency === undefined ? c!.currency : currency(body.currency), optStr(body.description, 'description', 500) ?? '', optStr(body.status, 'status') ?? 'Completed',
          ]);
        });
        return send(res, 200, { status: 'OK' });
      }
      if (method === 'GET') {
        const params: unknown[] = [];
        let where = 'true';
        if (q.get('company_id')) (where = `company_id = ${bind(params, idParam(q.get('company_id')!, 'company_id'))}`);
        const { offset, limit } = agGrid(q);
        const rows = await sql.unsafe(
          `select id, company_id, amount, currency, description, method, status, to_char(payment_time at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS') as payment_time
           from ${s}.payment where ${where} order by payment_time desc, id desc offset ${offset} limit ${limit}`,
          params as never[],
        );
        return send(res, 200, rows.map((r) => numbers(r, ['amount'])));
      }
    }

    // --- DIDs (GET, PUT confirmed; POST assumed) ---
    if (seg[0] === 'did') {
      if (seg.length === 1 && method === 'GET') {
        const where: string[] = ['true'];
        const params: unknown[] = [];
        if (q.get('id')) where.push(`id = ${bind(params, idParam(q.get('id')!))}`);
        if (q.get('s')) where.push(`did like ${bind(params, `${q.get('s')!.replace(/[%_\\]/g, '')}%`)}`);
        if (q.get('customer_id') === '[null]') where.push('customer_id is null');
        else if (q.get('customer_id')) where.push(`customer_id = ${bind(params, idParam(q.get('customer_id')!, 'customer_id'))}`);
        const { offset, limit } = agGrid(q);
        return send(res, 200, await sql.unsafe(`select id, did, customer_id, package_id from ${s}.did where ${where.join(' and ')} order by id offset ${offset} limit ${limit}`, params as never[]));
      }
      if (seg.length === 1 && method === 'POST') {
        const body = await readJson(req);
        if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
        const did = str(body.did, 'did', 32);
        if (!/^\d{3,20}$/.test(did)) throw new HttpError(400, 'did must be 3 to 20 digits');
        const customerId = body.customer_id === undefined || body.customer_id === null ? null : await company(int(body.customer_id, 'customer_id', 1));
        const [row] = await sql.unsafe<{ id: number }[]>(`insert into ${s}.did (did, customer_id) values ($1, $2) on conflict (did) do nothing returning id`, [did, customerId]);
        if (!row) throw new HttpError(409, `did ${did} already exists`);
        return send(res, 200, { status: 'OK', id: row.id });
      }
      if (seg.length === 2 && method === 'PUT') {
        const body = await readJson(req);
        if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
        const customerId = body.customer_id === null ? null : await company(int(body.customer_id, 'customer_id', 1));
        const rows = await sql.unsafe(`update ${s}.did set customer_id = $2 where id = $1 returning id`, [idParam(seg[1]), customerId]);
        if (rows.length === 0) throw new HttpError(404, 'did not found');
        return send(res, 200, { status: 'OK' });
      }
    }

    // --- CDR search (confirmed): connected calls only, bare array, limit 1..5000, no cursor ---
    if (path === 'cdr' && method === 'POST') {
      stats.cdrSearches += 1;
      return send(res, 200, await searchCdr(await readJson(req)));
    }

    // --- statistics (path confirmed, parameters and answer assumed) ---
    if (path === 'breakout-aggrid' && method === 'GET') {
      const from = q.get('start');
      const to = q.get('end');
      if (!from || !to || !DT.test(from) || !DT.test(to)) throw new HttpError(400, "start and end are required as 'YYYY-MM-DD HH:MM:SS' (UTC)");
      const group = q.get('group') ?? 'customer_id';
      const col = { customer_id: 'customer_id', provider_id: 'provider_id', dest_code: 'customer_card_dest_code' }[group];
      if (!col) throw new HttpError(400, 'group must be customer_id, provider_id or dest_code');
      const params: unknown[] = [from, to];
      let extra = '';
      if (q.get('customer_id')) (extra += ` and customer_id = ${bind(params, idParam(q.get('customer_id')!, 'customer_id'))}`);
      if (q.get('provider_id')) (extra += ` and provider_id = ${bind(params, idParam(q.get('provider_id')!, 'provider_id'))}`);
      const rows = await sql.unsafe(
        `select ${col} as key, count(*)::int as attempts, (count(*) filter (where sip_code = 200))::int as connected,
                (count(*) filter (where sip_code <> 200))::int as failed,
                (count(*) filter (where sip_code in (500, 502, 503, 408)))::int as network_failures,
                coalesce(sum(duration), 0)::bigint::text as duration_ms, coalesce(round(avg(pdd_out) filter (where pdd_out > 0)), 0)::int as pdd_avg_ms,
                coalesce(sum(customer_charge), 0) as customer_charge, coalesce(sum(provider_charge), 0) as provider_charge
         from ${s}.call where dt >= $1::timestamp and dt <= $2::timestamp${extra}
         group by 1 order by 1 nulls first limit 10000`,
        params as never[],
      );
      return send(res, 200, rows.map((r) => numbers(r, ['duration_ms', 'customer_charge', 'provider_charge'])));
    }

    throw new HttpError(404, `No route for ${method} ${path}`);
  }

  async function company(id: number): Promise<number> {
    const [row] = await sql.unsafe(`select id from ${s}.company where id = $1`, [id]);
    if (!row) throw new HttpError(400, `company ${id} does not exist`);
    return id;
  }

  async function nextCardId(): Promise<string> {
    const n = Number((await getState<number>(sql, s, 'card_seq')) ?? 0) + 1;
    await setState(sql, s, 'card_seq', n);
    const [row] = await sql.unsafe<{ h: string }[]>(`select md5($1::text || ':card:' || $2::text) as h`, [seed, n]);
    const h = Buffer.from(row!.h, 'hex').toString('base64url');
    return `${h.slice(0, 4)}-${h.slice(4, 8)}`;
  }

  async function searchCdr(body: unknown) {
    if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
    const fields = body.field === undefined ? [...CDR_FIELDS] : body.field;
    if (!Array.isArray(fields) || fields.length === 0 || fields.some((f) => !(CDR_FIELDS as readonly string[]).includes(f as string))) {
      throw new HttpError(400, `field must be a non-empty array of: ${CDR_FIELDS.join(', ')}`);
    }
    const limit = body.limit === undefined ? 1000 : body.limit;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > CDR_MAX_LIMIT) throw new HttpError(400, `limit must be an integer from 1 to ${CDR_MAX_LIMIT}`);
    const where: string[] = ['sip_code = 200'];
    const params: unknown[] = [];
    const rules = isObject(body.where) ? body.where.rules : body.where === undefined ? [] : null;
    if (!Array.isArray(rules)) throw new HttpError(400, 'where.rules must be an array');
    for (const [i, rule] of rules.entries()) {
      if (!isObject(rule) || !(CDR_FIELDS as readonly string[]).includes(rule.field as string) || !CONDITIONS.has(rule.condition as string)) {
        throw new HttpError(400, `where.rules[${i}] must be {field, condition (>=, <=, =, >, <, !=), data}`);
      }
      const field = rule.field as string;
      if (field === 'dt') {
        if (typeof rule.data !== 'string' || !DT.test(rule.data)) throw new HttpError(400, `where.rules[${i}].data must be 'YYYY-MM-DD HH:MM:SS' (UTC)`);
        params.push(rule.data);
        where.push(`dt ${rule.condition as string} $${params.length}::timestamp`);
      } else {
        if (typeof rule.data !== 'string' && typeof rule.data !== 'number') throw new HttpError(400, `where.rules[${i}].data must be a string or a number`);
        params.push(String(rule.data));
        where.push(`${field}::text ${rule.condition as string} $${params.length}`);
      }
    }
    const order = body.order === undefined ? [] : body.order;
    if (!Array.isArray(order)) throw new HttpError(400, 'order must be an array');
    const orderBy = order.map((o, i) => {
      if (!isObject(o) || !(CDR_FIELDS as readonly string[]).includes(o.field as string)) throw new HttpError(400, `order[${i}].field is not a CDR field`);
      return `${o.field as string} ${String(o.direction).toUpperCase() === 'DESC' ? 'desc' : 'asc'}`;
    });
    const select = (fields as string[]).map((f) => (f === 'dt' ? `to_char(dt, 'YYYY-MM-DD HH24:MI:SS') as dt` : f)).join(', ');
    const rows = await sql.unsafe(`select ${select} from ${s}.call where ${where.join(' and ')} order by ${[...orderBy, 'seq'].join(', ')} limit ${limit}`, params as never[]);
    return rows.map((r) => numbers(r, (fields as string[]).filter((f) => NUMERIC_FIELDS.has(f))));
  }

  function agGrid(q: URLSearchParams): { offset: number; limit: number } {
    const start = q.get('_startRow') ? int(q.get('_startRow'), '_startRow', 0) : 0;
    const end = q.get('_endRow') ? int(q.get('_endRow'), '_endRow', 0) : start + 10_000;
    if (end < start) throw new HttpError(400, '_endRow must not be below _startRow');
    return { offset: start, limit: Math.min(10_000, end - start) };
  }

  function status(v: unknown): string | undefined {
    if (v === undefined || v === null) return undefined;
    if (v === 'Active' || v === 'Inactive' || v === 'Pending Approval') return v;
    throw new HttpError(400, 'status must be Active, Inactive or Pending Approval');
  }

  function currency(v: unknown): string {
    if (v === undefined) return 'USD';
    if (typeof v !== 'string' || !/^[A-Z]{3}$/.test(v)) throw new HttpError(400, 'currency must be a 3-letter ISO code');
    return v;
  }

  function unauthorized(res: http.ServerResponse) {
    stats.unauthorized += 1;
    send(res, 401, { message: 'Unauthorized' });
  }

  async function control(method: string, path: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (path === '/__fake/stats' && method === 'GET') return send(res, 200, { ...stats, pendingFaults: faults.length, seed, schema: s });
    if (path === '/__fake/fail' && method === 'DELETE') {
      faults.length = 0;
      return send(res, 204);
    }
    if (path === '/__fake/fail' && method === 'POST') {
      const body = await readJson(req);
      if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
      if (body.mode === 'expired_token') {
        accessValidAfter = Date.now();
        return send(res, 200, { status: 'OK' });
      }
      if (!['down', 'slow', '429', '500', 'malformed'].includes(body.mode as string)) throw new HttpError(400, 'mode must be down, slow, 429, 500, malformed or expired_token');
      faults.push({
        mode: body.mode as FaultMode,
        remaining: body.times === undefined ? 1 : int(body.times, 'times', 1, 1_000_000),
        delayMs: body.delayMs === undefined ? 5000 : int(body.delayMs, 'delayMs', 0, 600_000),
        retryAfter: body.retryAfter === undefined ? 0 : int(body.retryAfter, 'retryAfter', 0, 3600),
      });
      return send(res, 200, { status: 'OK' });
    }
    if (path === '/__fake/traffic' && method === 'POST') {
      const body = await readJson(req);
      if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
      const from = new Date(str(body.from, 'from', 40));
      const to = new Date(str(body.to, 'to', 40));
      if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || to <= from) throw new HttpError(400, 'from and to must be ISO timestamps with from < to');
      if (from.getUTCMilliseconds() !== 0 || to.getUTCMilliseconds() !== 0) throw new HttpError(400, 'from and to must be whole seconds');
      const cps = int(body.cps, 'cps', 1, 10_000);
      if (((to.getTime() - from.getTime()) / 1000) * cps > 20_000_000) throw new HttpError(400, 'at most 20 000 000 calls per request');
      const result = await generateCalls(sql, s, seed, from, to, cps);
      return send(res, 200, { ...result, from: toSqlTimestamp(from), to: toSqlTimestamp(to) });
    }
    if (path === '/__fake/rerate' && method === 'POST') {
      const body = await readJson(req);
      if (!isObject(body)) throw new HttpError(400, 'Body must be an object');
      const rows = await sql.unsafe(
        `update ${s}.call set customer_charge = coalesce($3, customer_charge), provider_charge = coalesce($4, provider_charge),
           duration = coalesce($5, duration), version = version + 1
         where callid = $1 and branch_idx = $2 and sip_code = 200 returning version`,
        [str(body.callid, 'callid'), body.branch_idx === undefined ? 0 : int(body.branch_idx, 'branch_idx'),
          body.customer_charge === undefined ? null : num(body.customer_charge, 'customer_charge'),
          body.provider_charge === undefined ? null : num(body.provider_charge, 'provider_charge'),
          body.duration === undefined ? null : int(body.duration, 'duration')] as never[],
      );
      if (rows.length === 0) throw new HttpError(404, 'no connected call with this callid and branch_idx');
      return send(res, 200, { status: 'OK', version: rows[0]!.version });
    }
    if (path === '/__fake/reset' && method === 'POST') {
      await sql.unsafe(`truncate ${s}.call, ${s}.did, ${s}.payment, ${s}.routing, ${s}.card_rule, ${s}.card, ${s}.switch_ip, ${s}.company restart identity cascade`);
      await sql.unsafe(`update ${s}.state set value = '0'::jsonb where key in ('next_seq', 'card_seq')`);
      return send(res, 200, { status: 'OK' });
    }
    throw new HttpError(404, `No control route for ${method} ${path}`);
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
      const method = req.method ?? 'GET';
      if (url.pathname.startsWith('/__fake/')) return await control(method, url.pathname.replace(/\/+$/, ''), req, res);
      const m = /^\/api\/cp\/(.*?)\/*$/.exec(url.pathname);
      if (!m) throw new HttpError(404, `No route for ${method} ${url.pathname}`);
      stats.requests += 1;
      const fault = faults[0];
      if (fault) {
        fault.remaining -= 1;
        if (fault.remaining <= 0) faults.shift();
        stats.faultsServed += 1;
        if (fault.mode === 'down') return void req.socket.destroy();
        if (fault.mode === '429') return send(res, 429, { message: 'Too Many Requests' }, { 'retry-after': String(fault.retryAfter) });
        if (fault.mode === '500') return send(res, 500, { message: 'Internal Server Error' });
        if (fault.mode === 'malformed') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status": "OK", "id": ');
        await new Promise((r) => setTimeout(r, fault.delayMs));
        if (res.destroyed || req.socket.destroyed) return;
      }
      await api(method, m[1]!, url, req, res);
    } catch (error) {
      if (res.headersSent) return;
      if (error instanceof HttpError) return send(res, error.status, { message: error.message });
      // A value the database refused (numeric overflow, bad cast) is the caller's fault, as on a real API.
      const code = (error as { code?: string }).code;
      if (code && /^(22|23)/.test(code)) return send(res, 400, { message: (error as Error).message });
      return send(res, 500, { message: error instanceof Error ? error.message : 'internal error' });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;

  // Live traffic: each tick generates the whole seconds since the last one (never a row at a time).
  let live: NodeJS.Timeout | undefined;
  if (options.liveCps && options.liveCps > 0) {
    let last = Math.floor(Date.now() / 1000) * 1000;
    let busy = false;
    live = setInterval(() => {
      const now = Math.floor(Date.now() / 1000) * 1000;
      if (busy || now <= last) return;
      busy = true;
      const from = new Date(last);
      last = now;
      generateCalls(sql, s, seed, from, new Date(now), options.liveCps!)
        .catch(() => {})
        .finally(() => (busy = false));
    }, 1000);
    live.unref();
  }

  return {
    apiUrl: `${origin}/api/cp`,
    origin,
    port,
    schema: s,
    seed,
    close: async () => {
      if (live) clearInterval(live);
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      await sql.end({ timeout: 5 });
    },
  };
}
