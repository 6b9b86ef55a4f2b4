import { requestMeta } from '@/lib/http/request-context';
import { logger } from '@/lib/logger';
import { authFor, resolveAuthTarget } from './instances';

/**
 * Serves /api/auth/* for the tenant of the request's host (app/api/auth/[...all]/route.ts): the
 * proxy has resolved the host, so the tenant comes from its x-tenant-slug header, and the Better
 * Auth instance of that tenant and host answers. Better Auth rate-limits by the client address the
 * proxy resolved (CLIENT_IP_HEADER, lib/http/client-address.ts).
 */
export async function handleAuthRequest(req: Request): Promise<Response> {
  const started = performance.now();
  const meta = requestMeta(req.headers);
  const target = await resolveAuthTarget(req.headers, req.url);
  let response: Response;
  if (!target) {
    response = Response.json({ error: { code: 'not_found', message: 'Not found', requestId: meta.requestId } }, { status: 404 });
  } else {
    const auth = await authFor(target);
    response = await auth.handler(req);
  }
  logger.info(
    {
      // Paths may carry tokens (/reset-password/<token>): only the route shape is logged.
      endpoint: `auth ${new URL(req.url).pathname.replace(/^\/api\/auth/, '').replace(/^(\/reset-password)\/.+$/, '$1/:token')}`,
      method: req.method,
      status: response.status,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      tenant: target?.tenantSlug,
      requestId: meta.requestId,
    },
    'request',
  );
  return response;
}
