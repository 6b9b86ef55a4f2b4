import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import type { Permission } from '@/lib/auth/permissions';
import { assertPermission, type Ctx } from '@/lib/context';
import { AppError, NotFoundError, ValidationError } from '@/lib/errors';
import type { Portal } from '@/lib/tenancy/resolve-host';
import { logger } from '@/lib/logger';
import { recordApiSample } from '@/lib/monitoring/api-samples';
import { parseInput } from '@/lib/validation';
import { getApiKeyCtx, usesApiKey } from '@/lib/api-keys/authenticate';
import { getCtx, requestMeta } from './request-context';
import { assertJsonBody, assertSameOriginWrite } from './same-origin';

type Handler<P> = (args: { req: NextRequest; ctx: Ctx; params: P }) => Promise<Response>;
type PublicHandler<P> = (args: { req: NextRequest; params: P }) => Promise<Response>;

/** `portal` limits an endpoint to one portal's host (admin APIs answer 404 elsewhere). */
export type RouteSpec = { key: string; permission: Permission | 'public'; portal?: Portal };

export function errorResponse(error: unknown, requestId: string): NextResponse {
  if (error instanceof z.ZodError) {
    error = new ValidationError(error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  if (error instanceof AppError) {
    return NextResponse.json({ error: { code: error.code, message: error.message, details: error.details, requestId } }, { status: error.status });
  }
  return NextResponse.json({ error: { code: 'internal_error', message: 'Something went wrong on our side', requestId } }, { status: 500 });
}

/** A wrapped handler carries its spec, so the route registry (tests/support/route-registry.ts) can list every endpoint's permission. */
export type RouteHandler<P> = ((req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>) & { readonly spec: RouteSpec };

/**
 * The one wrapper for route handlers: resolves the context, checks the declared permission, maps
 * errors to JSON, and logs duration, status, endpoint key, response size, tenant and role. A write
 * authenticated by what the browser attaches itself (cookies, the sandbox development actor) must
 * come from this very origin and carry JSON (lib/http/same-origin.ts); API-key requests carry their
 * credential explicitly and are exempt.
 */
export function route<P = Record<string, string>>(spec: { key: string; permission: Permission; portal?: Portal }, handler: Handler<P>): RouteHandler<P>;
export function route<P = Record<string, string>>(spec: { key: string; permission: 'public'; portal?: Portal }, handler: PublicHandler<P>): RouteHandler<P>;
export function route<P>(spec: RouteSpec, handler: Handler<P> | PublicHandler<P>): RouteHandler<P> {
  const wrapped = async (req: NextRequest, routeCtx: { params: Promise<P> }) => {
    const started = performance.now();
    const meta = requestMeta(req.headers);
    let ctx: Ctx | undefined;
    let response: Response;
    try {
      if (spec.portal && meta.portal !== spec.portal) throw new NotFoundError();
      const params = await routeCtx.params;
      if (spec.permission === 'public') {
        response = await (handler as PublicHandler<P>)({ req, params });
      } else {
        // /api/v1 requests carrying an Authorization header are authenticated by API key only.
        const byApiKey = usesApiKey(req.nextUrl.pathname, req.headers);
        if (!byApiKey) {
          // Credentials the browser attaches by itself: a write must come from this very origin, as JSON.
          assertSameOriginWrite(req);
          assertJsonBody(req);
        }
        ctx = byApiKey ? await getApiKeyCtx(req.headers) : await getCtx(req.headers);
        assertPermission(ctx, spec.permission);
        response = await (handler as Handler<P>)({ req, ctx, params });
      }
    } catch (error) {
      if (!(error instanceof AppError) && !(error instanceof z.ZodError)) logger.error({ err: error, endpoint: spec.key, requestId: meta.requestId }, 'route failed');
      response = errorResponse(error, meta.requestId);
    }
    response.headers.set('x-request-id', meta.requestId);
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
  return Object.assign(wrapped, { spec: Object.freeze({ ...spec }) });
}

/** Parses JSON bodies with a zod schema; a malformed body is a 422 naming the problem. */
export async function readJson<T extends z.ZodType>(req: NextRequest, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    throw new ValidationError([{ path: 'body', message: 'Request body must be valid JSON' }]);
  }
  return parseInput(schema, body);
}
