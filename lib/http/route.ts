import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import type { Permission } from '@/lib/auth/permissions';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { AppError, NotFoundError, TooManyRequestsError, ValidationError } from '@/lib/errors';
import { idempotencyKeyOf, requestFingerprint, runIdempotent } from '@/lib/idempotency';
import type { Portal } from '@/lib/tenancy/resolve-host';
import { logger } from '@/lib/logger';
import { recordApiSample } from '@/lib/monitoring/api-samples';
import { parseInput, type Parsed } from '@/lib/validation';
import { authenticateApiKey, PUBLIC_API_PREFIX, usesApiKey } from '@/lib/api-keys/authenticate';
import { getCtx, requestMeta } from './request-context';
import { assertJsonBody, assertSameOriginWrite, uploadTypesOf } from './same-origin';

/** Output of an optional schema, or `Else` when the route declares none. */
type Out<S, Else> = S extends z.ZodType ? z.output<S> : Else;

/**
 * What a handler receives: the request, and its path parameters, query and JSON body, each parsed
 * with the schema the route declares (`params`, `query`, `body`). Without a schema, `params` are the
 * raw path segments and `query`/`body` are undefined (read `req` yourself).
 */
export type RouteInput<P, Pm, Q, B> = {
  req: NextRequest;
  params: Out<Pm, P>;
  query: Out<Q, undefined>;
  /** Parsed with the route's body schema once; a service taking `InputOf<schema>` does not parse it again. */
  body: B extends z.ZodType ? Parsed<B> : undefined;
};

type Handler<P, Pm, Q, B> = (args: RouteInput<P, Pm, Q, B> & { ctx: Ctx }) => Promise<Response>;
type PublicHandler<P, Pm, Q, B> = (args: RouteInput<P, Pm, Q, B>) => Promise<Response>;

/** Who may call an endpoint: `portal` limits it to one portal's host (admin APIs answer 404 elsewhere). */
export type RouteSpec = { key: string; permission: Permission | 'public'; portal?: Portal };

/**
 * The shapes of an endpoint's input and output, as zod schemas; the handler receives its input
 * parsed with them. Kept on the handler beside its spec (`handler.contract`), for the route
 * registry and the OpenAPI description (issue 10).
 */
export type RouteContract = {
  /** Path parameters (strings; services validate ids, so a malformed one is their 422). */
  params?: z.ZodType;
  /** The query string, as an object: one string per key, or every value for a key the schema declares as an array. */
  query?: z.ZodType;
  /** The JSON body; a malformed one answers 422 before the handler runs. */
  body?: z.ZodType;
  /**
   * Path parameters the body schema also holds, e.g. `({ id }) => ({ id })` when the service takes
   * `{ id, ...changes }`: they are merged into the body (over any value the client sent) and parsed
   * with the service's own schema, once.
   */
  bodyFromPath?: (params: never) => Record<string, unknown>;
  /** The JSON the endpoint answers with (documentation and the OpenAPI description; not enforced). */
  response?: z.ZodType;
  /** Media types of a raw-body upload the route takes (from the spec's `uploadTypes`): the OpenAPI request body. */
  upload?: readonly string[];
  /**
   * How the operation appears in the OpenAPI document (required on every `/api/v1` route; issue 10):
   * a stable `id` (camelCase operationId), a one-line summary, its tag (the domain, e.g. 'API keys').
   * Examples live on the schemas themselves (`.meta({ examples: [...] })`).
   */
  operation?: RouteOperation;
};

/** An `/api/v1` operation's description: see RouteContract.operation. */
export type RouteOperation = {
  id: string;
  summary: string;
  tag: string;
  description?: string;
  /** The status of a successful answer, when it is not 200 (201 for a create). */
  status?: 200 | 201 | 202 | 204;
  /** The media type of a successful answer when it is not JSON (a streamed CSV export: text/csv). */
  mediaType?: string;
};

type SpecOf<Pm, Q, B, R> = {
  key: string;
  portal?: Portal;
  params?: Pm;
  query?: Q;
  body?: B;
  bodyFromPath?: (params: Out<Pm, Record<string, string>>) => Record<string, unknown>;
  response?: R;
  operation?: RouteOperation;
  /**
   * Top-level fields of the JSON response that an idempotent replay leaves out and that are never
   * stored (a new API key's secret: shown once, so a replay shows the key's record without it).
   */
  replayOmits?: readonly string[];
  /**
   * Media types the route takes as its raw body (a file upload such as `text/csv`), also from a
   * signed-in browser; every other write of a cookie session must be JSON (lib/http/same-origin.ts).
   */
  uploadTypes?: readonly string[];
};

export function errorResponse(error: unknown, requestId: string): NextResponse {
  if (error instanceof z.ZodError) {
    error = new ValidationError(error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  if (error instanceof AppError) {
    const headers = error instanceof TooManyRequestsError ? error.headers : undefined;
    return NextResponse.json({ error: { code: error.code, message: error.message, details: error.details, requestId } }, { status: error.status, headers });
  }
  return NextResponse.json({ error: { code: 'internal_error', message: 'Something went wrong on our side', requestId } }, { status: 500 });
}

/** A wrapped handler carries its spec, so the route registry (tests/support/route-registry.ts) can list every endpoint's permission. */
export type RouteHandler<P> = ((req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>) & { readonly spec: RouteSpec; readonly contract: RouteContract };

/**
 * The one wrapper for route handlers: resolves the context, checks the declared permission, maps
 * errors to JSON, and logs duration, status, endpoint key, response size, tenant and role. A write
 * authenticated by what the browser attaches itself (cookies, the sandbox development actor) must
 * come from this very origin and carry JSON (lib/http/same-origin.ts); API-key requests carry their
 * credential explicitly and are exempt.
 */
export function route<P = Record<string, string>, Pm extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined, R extends z.ZodType | undefined = undefined>(
  spec: SpecOf<Pm, Q, B, R> & { permission: Permission },
  handler: Handler<P, Pm, Q, B>,
): RouteHandler<P>;
export function route<P = Record<string, string>, Pm extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined, B extends z.ZodType | undefined = undefined, R extends z.ZodType | undefined = undefined>(
  spec: SpecOf<Pm, Q, B, R> & { permission: 'public' },
  handler: PublicHandler<P, Pm, Q, B>,
): RouteHandler<P>;
export function route<P>(
  definition: RouteSpec & RouteContract & { replayOmits?: readonly string[]; uploadTypes?: readonly string[] },
  handler: Handler<P, unknown, unknown, unknown> | PublicHandler<P, unknown, unknown, unknown>,
): RouteHandler<P> {
  const { key, permission, portal, replayOmits = [], uploadTypes: declaredUploads, ...contract } = definition;
  const uploadTypes = uploadTypesOf(declaredUploads);
  if (uploadTypes.size) contract.upload = [...uploadTypes];
  const spec: RouteSpec = portal ? { key, permission, portal } : { key, permission };
  const wrapped = async (req: NextRequest, routeCtx: { params: Promise<P> }) => {
    const started = performance.now();
    const meta = requestMeta(req.headers);
    let ctx: Ctx | undefined;
    let response: Response;
    // An API key's RateLimit-* fields, for every response once the key is known (errors included).
    let limitHeaders: Record<string, string> = {};
    try {
      if (spec.portal && meta.portal !== spec.portal) throw new NotFoundError();
      const rawParams = await routeCtx.params;
      const params = contract.params ? parseInput(contract.params, rawParams) : rawParams;
      if (spec.permission === 'public') {
        const { query, body } = await parseRequest(req, contract, params);
        response = await (handler as PublicHandler<P, unknown, unknown, unknown>)({ req, params, query, body } as RouteInput<P, unknown, unknown, unknown>);
      } else {
        // /api/v1 requests carrying an Authorization header are authenticated by API key only.
        const byApiKey = usesApiKey(req.nextUrl.pathname, req.headers);
        if (!byApiKey) {
          // Credentials the browser attaches by itself: a write must come from this very origin, as JSON.
          assertSameOriginWrite(req);
          assertJsonBody(req, uploadTypes);
        }
        if (byApiKey) {
          const authenticated = await authenticateApiKey(req.headers);
          ctx = authenticated.ctx;
          limitHeaders = authenticated.headers;
        } else {
          ctx = await getCtx(req.headers);
        }
        assertPermission(ctx, spec.permission);
        // POSTs on the public API may be retried safely with an Idempotency-Key (lib/idempotency).
        const idempotencyKey = req.method === 'POST' && req.nextUrl.pathname.startsWith(PUBLIC_API_PREFIX) ? idempotencyKeyOf(req.headers) : null;
        const rawBody = idempotencyKey ? await req.clone().text() : '';
        // After authentication: a caller who may not call the endpoint learns nothing from a 422.
        // A body refused here is not stored under the key (Stripe's rule: nothing ran).
        const { query, body } = await parseRequest(req, contract, params);
        const run = (c: Ctx) => (handler as Handler<P, unknown, unknown, unknown>)({ req, ctx: c, params, query, body } as RouteInput<P, unknown, unknown, unknown> & { ctx: Ctx });
        if (!idempotencyKey) {
          response = await run(ctx);
        } else {
          const caller = ctx;
          const path = `${req.nextUrl.pathname}${req.nextUrl.search}`;
          response = await runIdempotent(
            {
              tenantId: caller.tenant.id,
              principal: caller.actor.apiKey ? `key:${caller.actor.apiKey.id}` : `user:${caller.actor.userId}`,
              key: idempotencyKey,
              fingerprint: requestFingerprint(req.method, path, rawBody),
              method: req.method,
              path,
            },
            // The handler's services join this transaction (ctx.db), so the effect and the stored
            // response commit together; the claim row is locked for as long as it runs.
            ({ lock, store }) =>
              tenantTx(caller, caller.tenant.id, async (tx, txCtx) => {
                await lock(tx);
                const res = await run(txCtx);
                if (res.status >= 500) throw new FailedResponse(res);
                return store(tx, res);
              }),
            (error) => {
              if (error instanceof FailedResponse) return error.response;
              logUnexpected(error, spec.key, meta.requestId);
              return errorResponse(error, meta.requestId);
            },
            replayOmits,
          );
        }
      }
    } catch (error) {
      logUnexpected(error, spec.key, meta.requestId);
      response = errorResponse(error, meta.requestId);
    }
    response.headers.set('x-request-id', meta.requestId);
    for (const [name, value] of Object.entries(limitHeaders)) if (!response.headers.has(name)) response.headers.set(name, value);
    logger.info(
      {
        endpoint: spec.key,
        method: req.method,
        status: response.status,
        durationMs: Math.round((performance.now() - started) * 10) / 10,
        responseBytes: Number(response.headers.get('content-length') ?? 0) || undefined,
        tenant: ctx?.tenant.slug ?? meta.tenantSlug,
        role: ctx?.actor.role,
        apiKeyPrefix: ctx?.actor.apiKey?.prefix,
        requestId: meta.requestId,
      },
      'request',
    );
    // System Status: an in-memory histogram update, flushed to the database by a timer.
    recordApiSample({ endpoint: spec.key, method: req.method, status: response.status, durationMs: performance.now() - started });
    return response;
  };
  return Object.assign(wrapped, { spec: Object.freeze(spec), contract: Object.freeze(contract) });
}

/** A handler's own 5xx response: its transaction must roll back and the Idempotency-Key be released. */
class FailedResponse extends Error {
  constructor(readonly response: Response) {
    super(`handler answered ${response.status}`);
  }
}

function logUnexpected(error: unknown, endpoint: string, requestId: string): void {
  if (!(error instanceof AppError) && !(error instanceof z.ZodError)) logger.error({ err: error, endpoint, requestId }, 'route failed');
}

async function readBody(req: NextRequest): Promise<unknown> {
  try {
    return await req.json();
  } catch {
    throw new ValidationError([{ path: 'body', message: 'Request body must be valid JSON' }]);
  }
}

async function parseRequest(req: NextRequest, contract: RouteContract, params: unknown): Promise<{ query: unknown; body: unknown }> {
  const query = contract.query ? parseInput(contract.query, queryObject(req.nextUrl.searchParams, contract.query)) : undefined;
  if (!contract.body) return { query, body: undefined };
  const raw = await readBody(req);
  const isObject = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const merged = contract.bodyFromPath && isObject ? { ...raw, ...contract.bodyFromPath(params as never) } : raw;
  return { query, body: parseInput(contract.body, merged) };
}

/** Unwraps optional/default/nullable wrappers to see whether a query field is declared as an array. */
function isArraySchema(schema: unknown): boolean {
  let s = schema;
  for (let i = 0; i < 8 && s instanceof z.ZodType; i++) {
    if (s instanceof z.ZodArray) return true;
    const inner = (s as { unwrap?: () => unknown }).unwrap;
    if (typeof inner !== 'function' || s instanceof z.ZodObject) return false;
    s = inner.call(s);
  }
  return false;
}

/** The query string as an object: the first value of each key, or all of them where the schema wants an array. */
export function queryObject(searchParams: URLSearchParams, schema?: z.ZodType): Record<string, string | string[]> {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>) : {};
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) out[key] = isArraySchema(shape[key]) ? searchParams.getAll(key) : searchParams.get(key)!;
  for (const [key, field] of Object.entries(shape)) if (!(key in out) && isArraySchema(field)) out[key] = [];
  return out;
}

/** Parses JSON bodies with a zod schema; a malformed body is a 422 naming the problem. Prefer route()'s `body` schema. */
export async function readJson<T extends z.ZodType>(req: NextRequest, schema: T): Promise<Parsed<T>> {
  return parseInput(schema, await readBody(req));
}

/** The `params` schema of a dynamic route: its segments as strings (each service validates its ids). */
export function pathParams<const K extends string>(...names: K[]): z.ZodObject<{ [N in K]: z.ZodString }> {
  return z.object(Object.fromEntries(names.map((n) => [n, z.string()]))) as z.ZodObject<{ [N in K]: z.ZodString }>;
}
