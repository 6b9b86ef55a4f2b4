import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NotFoundError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { pathParams, queryObject, readJson, route } from './route';

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

  describe('contracts', () => {
    it('hands the handler its params, query and body parsed with the declared schemas', async () => {
      const handler = route(
        {
          key: 't.contract',
          permission: 'tenants.write',
          portal: 'admin',
          params: pathParams('id'),
          query: z.object({ dryRun: z.enum(['true', 'false']).optional(), tag: z.array(z.string()) }),
          body: z.object({ name: z.string().trim().min(2), size: z.coerce.number().int() }),
        },
        async ({ params, query, body }) => Response.json({ id: params.id, dryRun: query.dryRun ?? null, tags: query.tag, name: body.name, size: body.size }),
      );
      const req = new NextRequest('http://admin.localhost/api/x/abc?dryRun=true&tag=a&tag=b', {
        method: 'POST',
        headers: { 'x-portal': 'admin', origin: 'http://admin.localhost', 'content-type': 'application/json' },
        body: JSON.stringify({ name: '  Acme ', size: '3' }),
      });
      const res = await handler(req, { params: Promise.resolve({ id: 'abc' }) });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ id: 'abc', dryRun: 'true', tags: ['a', 'b'], name: 'Acme', size: 3 });
      const bad = await handler(request({}, JSON.stringify({ name: 'x', size: 'many' })), { params: Promise.resolve({ id: 'abc' }) });
      expect(bad.status).toBe(422);
      expect((await bad.json()).error.details.map((d: { path: string }) => d.path).sort()).toEqual(['name', 'size']);
      const notJson = await handler(request({}, '{oops'), { params: Promise.resolve({ id: 'abc' }) });
      expect(await notJson.json()).toMatchObject({ error: { details: [{ path: 'body', message: 'Request body must be valid JSON' }] } });
    });

    it('keeps the access spec apart from the contract, which the registry and the OpenAPI description read', () => {
      const body = z.object({ name: z.string() });
      const response = z.object({ ok: z.boolean() });
      const handler = route({ key: 't.spec', permission: 'tenants.write', portal: 'admin', body, response }, async () => Response.json({ ok: true }));
      expect(handler.spec).toEqual({ key: 't.spec', permission: 'tenants.write', portal: 'admin' });
      expect(handler.contract.body).toBe(body);
      expect(handler.contract.response).toBe(response);
    });

    it('parses a body once: the service given what route() parsed with its own schema does not parse it again', async () => {
      let parses = 0;
      const schema = z.object({ name: z.string().transform((v) => (parses++, v.toUpperCase())) });
      // A service as lib/<domain>/services write them: it validates whatever it is given.
      const service = (input: InputOf<typeof schema>) => parseInput(schema, input).name;
      const handler = route({ key: 't.once', permission: 'tenants.write', portal: 'admin', body: schema }, async ({ body }) => Response.json({ name: service(body) }));
      const res = await handler(request({}, JSON.stringify({ name: 'acme' })), params);
      expect(await res.json()).toEqual({ name: 'ACME' });
      expect(parses).toBe(1);
      // Called from anywhere else, the service still validates: raw input, or a copy of parsed input.
      expect(service({ name: 'other' })).toBe('OTHER');
      expect(() => service({ name: 42 } as never)).toThrow(/name/);
      expect(parses).toBe(2);
    });

    it('merges path parameters into the body (over what the client sent) for a service taking both', async () => {
      const schema = z.object({ id: z.uuid(), role: z.enum(['a', 'b']) });
      const handler = route(
        { key: 't.merge', permission: 'tenants.write', portal: 'admin', params: pathParams('id'), body: schema, bodyFromPath: ({ id }) => ({ id }) },
        async ({ body }) => Response.json(body),
      );
      const id = '00000000-0000-4000-8000-000000000001';
      const ok = await handler(request({}, JSON.stringify({ id: 'spoofed', role: 'a' })), { params: Promise.resolve({ id }) });
      expect(await ok.json()).toEqual({ id, role: 'a' });
      const badId = await handler(request({}, JSON.stringify({ role: 'a' })), { params: Promise.resolve({ id: 'nope' }) });
      expect(badId.status).toBe(422);
      expect(await badId.json()).toMatchObject({ error: { details: [{ path: 'id' }] } });
      const notObject = await handler(request({}, JSON.stringify('text')), { params: Promise.resolve({ id }) });
      expect(notObject.status).toBe(422);
    });

    it('reads the query as one string per key, or all values where the schema wants an array', () => {
      const sp = new URLSearchParams('a=1&a=2&b=x&c=y');
      expect(queryObject(sp, z.object({ a: z.array(z.string()).optional(), b: z.string(), d: z.array(z.string()).default([]) }))).toEqual({ a: ['1', '2'], b: 'x', c: 'y', d: [] });
      expect(queryObject(sp)).toEqual({ a: '1', b: 'x', c: 'y' });
    });
  });
});
