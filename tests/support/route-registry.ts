import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { RouteSpec } from '@/lib/http/route';

/**
 * Every route handler of the app, discovered from the file system (`app/**\/route.ts`) and imported,
 * with the spec route() recorded on it and the URL pattern its file path stands for. Test-time only
 * (it reads the source tree): the registry test fails when a handler declares no permission, and the
 * cross-tenant matrix (tests/cross-tenant-matrix.test.ts) runs its cases against every entry, so a
 * new route cannot be forgotten.
 */

export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Handlers that are not built with route(), each with the reason (paths relative to the repository). */
export const UNWRAPPED_ROUTES: Readonly<Record<string, string>> = {
  'app/api/auth/[...all]/route.ts':
    "Better Auth's own handler (sign-up, sign-in, sessions, 2FA) for the host's tenant; it authenticates by its own rules and rate-limits per IP and per account (lib/auth).",
};

/** Routes that run without a session, each with who authenticates the caller instead. */
export const PUBLIC_ROUTES: Readonly<Record<string, string>> = {
  'health.get': 'Load-balancer probe; reveals database reachability only.',
  'status.get': 'The platform status level (ok, warning or critical) every portal header shows, like a public status page; no alert, module or figure, computed at most every 30 s.',
  'api.not_found': 'JSON 404 for unknown API paths.',
  'v1.openapi': 'The OpenAPI description of /api/v1: the same public document for everyone, like the docs site.',
  'cron.run': 'Authenticated by its QStash signature or the cron secret (lib/jobs/cron-auth.ts), not by a session.',
  'impersonation.start': 'Authenticated by its single-use, short-lived impersonation link token (lib/auth/impersonation.ts).',
  'impersonation.end': 'Only clears the impersonation cookie; it ends a grant only for the live impersonation that cookie names.',
};

export type DynamicSegment = { name: string; catchAll: boolean; optional: boolean; /** index in the pattern's segments */ position: number };

export type RegisteredRoute = {
  /** Relative to the repository, with forward slashes. */
  file: string;
  /** The URL pattern, e.g. /api/admin/tenants/[id]/domains/[domainId] (route groups removed). */
  pattern: string;
  method: HttpMethod;
  spec: RouteSpec | null;
  handler: (req: Request, ctx: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
  dynamic: DynamicSegment[];
};

export function findRouteFiles(root = process.cwd()): string[] {
  const appDir = path.join(root, 'app');
  return (readdirSync(appDir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => /(^|\/)route\.(ts|tsx|js|mjs)$/.test(f))
    .map((f) => `app/${f}`)
    .sort();
}

/** app/api/(group)/x/[id]/route.ts -> /api/x/[id]; route groups and parallel-route slots are not URL segments. */
export function urlPattern(file: string): string {
  const segments = file
    .replace(/^app\//, '')
    .split('/')
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith('@'));
  return `/${segments.join('/')}`;
}

export function dynamicSegments(pattern: string): DynamicSegment[] {
  const out: DynamicSegment[] = [];
  pattern
    .split('/')
    .filter(Boolean)
    .forEach((segment, position) => {
      const m = /^\[(\[)?(\.\.\.)?([^\]]+)\]?\]$/.exec(segment);
      if (m) out.push({ name: m[3]!, catchAll: Boolean(m[2]), optional: Boolean(m[1]), position });
    });
  return out;
}

/** Fills a pattern's dynamic segments; catch-all values are arrays. */
export function fillPattern(pattern: string, params: Record<string, string | string[]>): string {
  return pattern.replace(/\[\[?(?:\.\.\.)?([^\]]+)\]?\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`fillPattern: no value for [${name}] in ${pattern}`);
    return Array.isArray(value) ? value.map(encodeURIComponent).join('/') : encodeURIComponent(value);
  });
}

function isHandler(value: unknown): value is RegisteredRoute['handler'] & { spec?: RouteSpec } {
  return typeof value === 'function';
}

/** Imports every route file and lists each exported HTTP method handler. */
export async function loadRouteRegistry(root = process.cwd()): Promise<RegisteredRoute[]> {
  const routes: RegisteredRoute[] = [];
  for (const file of findRouteFiles(root)) {
    const mod = (await import(/* @vite-ignore */ path.join(root, file))) as Record<string, unknown>;
    const pattern = urlPattern(file);
    for (const method of HTTP_METHODS) {
      const handler = mod[method];
      if (!isHandler(handler)) continue;
      routes.push({ file, pattern, method, spec: handler.spec ?? null, handler, dynamic: dynamicSegments(pattern) });
    }
  }
  return routes;
}
