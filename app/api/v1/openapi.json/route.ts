import { NextResponse } from 'next/server';
import { route } from '@/lib/http/route';
import { buildOpenApiDocument } from '@/lib/openapi/document';
import { V1_ROUTE_MODULES } from '@/lib/openapi/v1-routes';

// Built once per process: the document only changes with a deployment.
let document: string | undefined;

/**
 * The OpenAPI 3.1 description of /api/v1, on every host that serves the API (and the docs host,
 * whose reference page reads it). Public and the same for everyone: caches may keep it an hour.
 */
export const GET = route({ key: 'v1.openapi', permission: 'public' }, async () => {
  document ??= JSON.stringify(buildOpenApiDocument(V1_ROUTE_MODULES));
  return new NextResponse(document, {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'public, max-age=3600, stale-while-revalidate=86400', 'access-control-allow-origin': '*' },
  });
});
