import { describe, expect, it } from 'vitest';
import { isPassThroughPath, normaliseHost, resolveHost, rewritePath } from './resolve-host';

const ROOT = 'didtron.com';

describe('resolveHost: the host table', () => {
  it.each([
    ['didtron.com', { kind: 'portal', portal: 'marketing' }],
    ['www.didtron.com', { kind: 'portal', portal: 'marketing' }],
    ['pbx.didtron.com', { kind: 'portal', portal: 'signup', tenantSlug: 'didtron' }],
    ['switch.pbx.didtron.com', { kind: 'portal', portal: 'customer', tenantSlug: 'didtron' }],
    ['carrier.didtron.com', { kind: 'portal', portal: 'carrier' }],
    ['admin.didtron.com', { kind: 'portal', portal: 'admin' }],
    ['docs.didtron.com', { kind: 'portal', portal: 'docs' }],
    ['acme.didtron.com', { kind: 'lookup-slug', slug: 'acme' }],
    ['voice.acmetelecom.com', { kind: 'lookup-domain', domain: 'voice.acmetelecom.com' }],
    ['voice.acme.didtron.com', { kind: 'lookup-domain', domain: 'voice.acme.didtron.com' }],
  ])('%s', (host, expected) => {
    expect(resolveHost(host, ROOT)).toEqual(expected);
  });

  it('works on the development root, localhost', () => {
    expect(resolveHost('admin.localhost:3000', 'localhost')).toEqual({ kind: 'portal', portal: 'admin' });
    expect(resolveHost('localhost:3000', 'localhost')).toEqual({ kind: 'portal', portal: 'marketing' });
    expect(resolveHost('switch.pbx.localhost', 'localhost')).toMatchObject({ portal: 'customer', tenantSlug: 'didtron' });
    expect(resolveHost('voice.acme.localhost:3000', 'localhost')).toEqual({ kind: 'lookup-domain', domain: 'voice.acme.localhost' });
  });
});

describe('resolveHost: normalisation', () => {
  it('ignores ports', () => expect(resolveHost('admin.didtron.com:8443', ROOT)).toEqual({ kind: 'portal', portal: 'admin' }));
  it('ignores case', () => expect(resolveHost('ADMIN.DidTron.COM', ROOT)).toEqual({ kind: 'portal', portal: 'admin' }));
  it('ignores a trailing dot', () => expect(resolveHost('admin.didtron.com.', ROOT)).toEqual({ kind: 'portal', portal: 'admin' }));
  it('ignores port and trailing dot together', () => expect(resolveHost('docs.didtron.com.:443', ROOT)).toEqual({ kind: 'portal', portal: 'docs' }));
  it('converts IDN to punycode for the lookup', () =>
    expect(resolveHost('vöice.example.com', ROOT)).toEqual({ kind: 'lookup-domain', domain: 'xn--vice-5qa.example.com' }));
  it('keeps punycode as given', () =>
    expect(resolveHost('XN--VICE-5QA.example.com', ROOT)).toEqual({ kind: 'lookup-domain', domain: 'xn--vice-5qa.example.com' }));
  it('treats www on a custom domain as its own name (a domain is verified exactly)', () =>
    expect(resolveHost('www.acmetelecom.com', ROOT)).toEqual({ kind: 'lookup-domain', domain: 'www.acmetelecom.com' }));
});

describe('resolveHost: refusals (404, never a default tenant)', () => {
  it.each([
    ['', 'invalid host'],
    ['127.0.0.1', 'IP address'],
    ['127.0.0.1:3000', 'IP address'],
    ['[::1]:3000', 'invalid host'],
    ['::1', 'invalid host'],
    ['exa mple.com', 'invalid host'],
    ['-bad.didtron.com', 'invalid host'],
    ['admin.didtron.com:notaport', 'invalid host'],
    ['api.didtron.com', 'reserved name api'],
    ['switch.didtron.com', 'reserved name switch'],
  ])('%j -> not-found', (host, reason) => {
    expect(resolveHost(host, ROOT)).toEqual({ kind: 'not-found', reason });
  });
  it('null/undefined host', () => {
    expect(resolveHost(null, ROOT).kind).toBe('not-found');
    expect(resolveHost(undefined, ROOT).kind).toBe('not-found');
  });
  it('an overlong host', () => expect(normaliseHost(`${'a'.repeat(60)}.`.repeat(5) + 'com')).toBeNull());
});

describe('rewritePath', () => {
  it('prefixes every portal with its segment, so a direct hit on a segment cannot be reached', () => {
    expect(rewritePath({ portal: 'marketing' }, '/')).toBe('/site');
    expect(rewritePath({ portal: 'marketing' }, '/admin')).toBe('/site/admin');
    expect(rewritePath({ portal: 'admin' }, '/tenants')).toBe('/admin/tenants');
    expect(rewritePath({ portal: 'admin' }, '/portal/acme')).toBe('/admin/portal/acme');
    expect(rewritePath({ portal: 'docs' }, '/getting-started')).toBe('/docs/getting-started');
    expect(rewritePath({ portal: 'carrier' }, '/')).toBe('/carrier');
    expect(rewritePath({ portal: 'signup', tenantSlug: 'didtron' }, '/sign-up')).toBe('/auth/didtron/sign-up');
  });
  it('serves /auth on tenant hosts from the auth segment, the rest from the portal', () => {
    expect(rewritePath({ portal: 'customer', tenantSlug: 'acme' }, '/auth/sign-in')).toBe('/auth/acme/sign-in');
    expect(rewritePath({ portal: 'customer', tenantSlug: 'acme' }, '/auth')).toBe('/auth/acme');
    expect(rewritePath({ portal: 'customer', tenantSlug: 'acme' }, '/authority')).toBe('/portal/acme/authority');
    expect(rewritePath({ portal: 'customer', tenantSlug: 'acme' }, '/')).toBe('/portal/acme');
  });
  it('passes API routes and assets through', () => {
    expect(isPassThroughPath('/api/health')).toBe(true);
    expect(isPassThroughPath('/_next/static/x.js')).toBe(true);
    expect(isPassThroughPath('/apix')).toBe(false);
    // The docs host's API reference page is a page; its API paths stay the API.
    expect(isPassThroughPath('/api', 'docs')).toBe(false);
    expect(isPassThroughPath('/api', 'customer')).toBe(true);
    expect(isPassThroughPath('/api/v1/openapi.json', 'docs')).toBe(true);
  });
  it('passes the app icon through on every host (pages link /icon.svg as their favicon)', () => {
    expect(isPassThroughPath('/icon.svg')).toBe(true);
    expect(isPassThroughPath('/icon.svgx')).toBe(false);
    expect(rewritePath({ portal: 'docs' }, '/icon')).toBe('/docs/icon');
  });
});
