import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import { expect } from 'vitest';
import { POST as createRoute } from '@/app/api/v1/keys/route';
import { CLIENT_IP_HEADER } from '@/lib/http/client-address';
import type { ApiKeyView } from '@/lib/api-keys/views';
import type { Browser, HostRef } from './auth';

/** Calling /api/v1 handlers directly, with the headers the proxy would set. */
export type CreatedKey = ApiKeyView & { key: string };
export const params = <P>(p: P) => ({ params: Promise.resolve(p) });

export function proxyHeaders(at: HostRef, extra: Record<string, string> = {}): Headers {
  const h = new Headers({ host: at.host, 'x-portal': at.portal, 'x-request-id': randomUUID(), ...extra });
  if (at.slug) h.set('x-tenant-slug', at.slug);
  return h;
}

export function withSession(browser: Browser, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): NextRequest {
  const headers = browser.headers({ ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers });
  return new NextRequest(`http://${browser.at.host}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

/** A request with the key, from `ip` (the address the proxy resolved) when given. */
export function withKey(key: string, at: HostRef, path: string, init: { method?: string; body?: unknown; headers?: Record<string, string>; ip?: string } = {}): NextRequest {
  const headers = proxyHeaders(at, { authorization: `Bearer ${key}`, ...(init.ip ? { [CLIENT_IP_HEADER]: init.ip } : {}), ...init.headers });
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  return new NextRequest(`http://${at.host}${path}`, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

export async function createKey(browser: Browser, body: Record<string, unknown>): Promise<CreatedKey> {
  const res = await createRoute(withSession(browser, '/api/v1/keys', { method: 'POST', body }), params({}));
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as CreatedKey;
}

export async function errorOf(res: Response) {
  return ((await res.json()) as { error: { code: string; message: string; details?: unknown } }).error;
}
