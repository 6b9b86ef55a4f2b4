import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NotFoundError } from '@/lib/errors';
import { readJson, route } from './route';

const params = { params: Promise.resolve({}) };
function request(headers: Record<string, string> = {}, body?: string) {
  return new NextRequest('http://admin.localhost/api/x', { method: body ? 'POST' : 'GET', headers: { 'x-portal': 'admin', origin: 'http://admin.localhost', 'content-type': 'application/json', ...headers }, body });
}

describe('route()', () => {
  it('passes the context to the handler and returns its response', async () => {
    const handler = route({ key: 't.ok', permission: 'tenants.read', portal: 'admin' }, async ({ ctx }) => Response.json({ role: ctx.actor.role }));
    const res = await handler(request(), params);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ role: 'super_admin' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers 404 on another portal, before running the handler', async () => {
    let ran = false;
    const handler = route({ key: 't.portal', permission: 'tenants.read', portal: 'admin' }, async () => {
      ran = true;
      return Response.json({});
    });
    const res = await handler(request({ 'x-portal': 'customer' }), params);
    expect(res.status).toBe(404);
    expect(ran).toBe(false);
  });

  it('maps validation problems to 422 with each field', async () => {
    const handler = route({ key: 't.body', permission: 'public' }, async ({ req }) => Response.json(await readJson(req, z.object({ name: z.string().min(2) }))));
    const bad = await handler(request({}, JSON.stringify({ name: 'x' })), params);
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input', details: [{ path: 'name' }] } });
    const notJson = await handler(request({}, '{oops'), params);
    expect(await notJson.json()).toMatchObject({ error: { details: [{ path: 'body', message: 'Request body must be valid JSON' }] } });
  });

  it('maps app errors to their status and hides unexpected ones', async () => {
    const notFound = route({ key: 't.nf', permission: 'public' }, async () => {
      throw new NotFoundError('Tenant not found');
    });
    expect((await notFound(request(), params)).status).toBe(404);
    const crash = route({ key: 't.crash', permission: 'public' }, async () => {
      throw new Error('secret database detail');
    });
    const res = await crash(request(), params);
    expect(res.status).toBe(500);
    expect(JSON.stringify(await res.json())).not.toContain('secret database detail');
  });
});
