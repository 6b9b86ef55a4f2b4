import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';

// Behind a trusted proxy, the host the browser addressed is X-Forwarded-Host (set before config() is read).
vi.hoisted(() => {
  process.env.TRUSTED_PROXY = 'true';
});

const { assertJsonBody, assertSameOrigin, assertSameOriginWrite, uploadTypesOf } = await import('./same-origin');

const write = (headers: Record<string, string>, init: { method?: string; body?: BodyInit } = {}) =>
  new NextRequest('http://10.0.0.7:3000/api/admin/tenants', { method: init.method ?? 'POST', headers, body: init.body });
const refusal = { status: 403, code: 'cross_site_request' };

describe('assertSameOriginWrite', () => {
  it('compares the Origin with the host the browser addressed: X-Forwarded-Host behind a trusted proxy', () => {
    const behindProxy = { host: '10.0.0.7:3000', 'x-forwarded-host': 'admin.localhost:3000' };
    expect(() => assertSameOriginWrite(write({ ...behindProxy, origin: 'http://admin.localhost:3000' }))).not.toThrow();
    // The load balancer's own address is not the page's origin.
    expect(() => assertSameOriginWrite(write({ ...behindProxy, origin: 'http://10.0.0.7:3000' }))).toThrow(expect.objectContaining(refusal));
    // Only the entry the trusted balancer appended (TRUSTED_PROXY_HOPS from the right) counts, not one the client sent before it.
    expect(() => assertSameOriginWrite(write({ host: 'x', 'x-forwarded-host': 'admin.localhost:3000, evil.localhost:3000', origin: 'http://admin.localhost:3000' }))).toThrow(
      expect.objectContaining(refusal),
    );
  });

  it('normalises case and a trailing dot, and nothing else', () => {
    const host = { host: 'admin.localhost:3000' };
    expect(() => assertSameOriginWrite(write({ ...host, origin: 'HTTP://Admin.LocalHost:3000' }))).not.toThrow();
    expect(() => assertSameOriginWrite(write({ host: 'admin.localhost.:3000', origin: 'http://admin.localhost.:3000' }))).not.toThrow();
    for (const origin of ['http://admin.localhost:3000/', 'http://user@admin.localhost:3000', 'javascript:alert(1)', 'admin.localhost:3000', '', ' ', 'x'.repeat(10_000)]) {
      const check = () => assertSameOriginWrite(write({ ...host, origin }));
      if (origin === 'http://admin.localhost:3000/') expect(check).not.toThrow();
      else expect(check, JSON.stringify(origin.slice(0, 40))).toThrow(expect.objectContaining(refusal));
    }
  });

  it('lets GET, HEAD and OPTIONS through whatever they carry, and treats every other method as a write', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(() => assertSameOriginWrite(write({ origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }, { method }))).not.toThrow();
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'PROPFIND']) {
      expect(() => assertSameOriginWrite(write({ host: 'admin.localhost:3000', origin: 'http://evil.example' }, { method })), method).toThrow(expect.objectContaining(refusal));
    }
  });

  it('refuses every Sec-Fetch-Site but same-origin, even with a matching Origin', () => {
    const own = { host: 'admin.localhost:3000', origin: 'http://admin.localhost:3000' };
    expect(() => assertSameOrigin(new Headers({ ...own, 'sec-fetch-site': 'same-origin' }))).not.toThrow();
    for (const site of ['same-site', 'cross-site', 'none', 'SAME-ORIGIN']) {
      expect(() => assertSameOrigin(new Headers({ ...own, 'sec-fetch-site': site })), site).toThrow(expect.objectContaining(refusal));
    }
  });
});

describe('assertJsonBody', () => {
  const post = (headers: Record<string, string>, body?: BodyInit) => write(headers, { body });

  it('takes JSON, with parameters and in any case, and a write without a body or type', () => {
    for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON']) expect(() => assertJsonBody(post({ 'content-type': type }, '{}'))).not.toThrow();
    expect(() => assertJsonBody(post({}))).not.toThrow();
    expect(() => assertJsonBody(post({ 'content-length': '0' }))).not.toThrow();
  });

  it('answers 415 to any other type, and to a body without a type', () => {
    const unsupported = { status: 415, code: 'unsupported_media_type' };
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json-patch+json', 'application/jsonx', 'text/json', '']) {
      expect(() => assertJsonBody(post({ 'content-type': type }, '{}')), type).toThrow(expect.objectContaining(unsupported));
    }
    expect(() => assertJsonBody(post({}, new TextEncoder().encode('{}')))).toThrow(expect.objectContaining(unsupported));
    expect(() => assertJsonBody(post({ 'content-length': '2' }))).toThrow(expect.objectContaining(unsupported));
    expect(() => assertJsonBody(post({ 'transfer-encoding': 'chunked' }))).toThrow(expect.objectContaining(unsupported));
  });

  it("takes a route's declared upload types (with parameters, any case) and still refuses the rest", () => {
    const uploads = uploadTypesOf(['text/csv', 'application/octet-stream']);
    for (const type of ['text/csv', 'Text/CSV; charset=utf-8', 'application/octet-stream', 'application/json']) expect(() => assertJsonBody(post({ 'content-type': type }, 'a,b'), uploads), type).not.toThrow();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/csvx', '']) {
      expect(() => assertJsonBody(post({ 'content-type': type }, 'a,b'), uploads), type).toThrow(expect.objectContaining({ status: 415, message: expect.stringContaining('`text/csv`') }));
    }
  });

  it('refuses to declare an upload type any page could send without a CORS preflight', () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'Multipart/Form-Data', 'text/plain; charset=utf-8', 'application/json']) expect(() => uploadTypesOf([type]), type).toThrow(/cannot be an upload type/);
    expect([...uploadTypesOf(['Text/CSV'])]).toEqual(['text/csv']);
  });
});
