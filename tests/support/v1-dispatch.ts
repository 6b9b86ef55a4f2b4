import type { NextRequest } from 'next/server';
import { V1_ROUTE_MODULES } from '@/lib/openapi/v1-routes';

type Route = (req: NextRequest, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>;

/**
 * The /api/v1 routes behind one handler for tests/web-server-harness.ts: a path is matched against
 * the v1 route patterns as Next's router would, and the module's method handler answers.
 */
export function dispatchV1(req: NextRequest): Promise<Response> {
  const segments = req.nextUrl.pathname.split('/').filter(Boolean);
  for (const [pattern, mod] of Object.entries(V1_ROUTE_MODULES)) {
    const parts = pattern.split('/').filter(Boolean);
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = parts.every((part, i) => {
      if (!part.startsWith('[')) return part === segments[i];
      params[part.slice(1, -1)] = decodeURIComponent(segments[i]!);
      return true;
    });
    if (!matches) continue;
    const handler = mod[req.method] as Route | undefined;
    return handler ? handler(req, { params: Promise.resolve(params) }) : Promise.resolve(new Response(null, { status: 405 }));
  }
  return Promise.resolve(new Response(null, { status: 404 }));
}
