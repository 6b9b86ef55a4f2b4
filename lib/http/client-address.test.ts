import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config';
import { appendSocketPeer, clientAddress, forwardedHost, normaliseAddress } from './client-address';

const OFF = { TRUSTED_PROXY: false, TRUSTED_PROXY_HOPS: 1 };
const hops = (n: number) => ({ TRUSTED_PROXY: true, TRUSTED_PROXY_HOPS: n });
const xff = (value: string) => new Headers({ 'x-forwarded-for': value });

function arriving(headers: Record<string, string | string[]>, remoteAddress: string | undefined): IncomingMessage {
  return { headers: { ...headers }, socket: { remoteAddress } } as unknown as IncomingMessage;
}

describe('our web server in front of Next', () => {
  it('appends the socket peer to X-Forwarded-For, after anything the client sent', () => {
    const none = arriving({}, '203.0.113.7');
    appendSocketPeer(none);
    expect(none.headers['x-forwarded-for']).toBe('203.0.113.7');

    const forged = arriving({ 'x-forwarded-for': '6.6.6.6, 7.7.7.7' }, '::ffff:203.0.113.7');
    appendSocketPeer(forged);
    expect(forged.headers['x-forwarded-for']).toBe('6.6.6.6, 7.7.7.7, ::ffff:203.0.113.7');
  });

  it('appends a non-address when the socket has none, so the client\'s last entry never counts as the peer', () => {
    const gone = arriving({ 'x-forwarded-for': '6.6.6.6' }, undefined);
    appendSocketPeer(gone);
    expect(gone.headers['x-forwarded-for']).toBe('6.6.6.6, unknown');
    expect(clientAddress(xff(String(gone.headers['x-forwarded-for'])), OFF)).toBeUndefined();
  });
});

describe('the client address', () => {
  it('is the socket peer without a trusted proxy, whatever the client forwards', () => {
    expect(clientAddress(xff('6.6.6.6, 203.0.113.7'), OFF)).toBe('203.0.113.7');
    expect(clientAddress(xff('203.0.113.7'), OFF)).toBe('203.0.113.7');
    expect(clientAddress(xff('::ffff:127.0.0.1'), OFF)).toBe('127.0.0.1');
    expect(clientAddress(xff('6.6.6.6, 2001:DB8::1'), OFF)).toBe('2001:db8::1');
  });

  it('is the entry the configured number of hops from the right behind trusted proxies', () => {
    // One load balancer that appends: "forged" is the client's, "real" the balancer's, the last our server's.
    expect(clientAddress(xff('198.51.100.66, 198.51.100.10, 10.0.0.5'), hops(1))).toBe('198.51.100.10');
    expect(clientAddress(xff('198.51.100.66, 198.51.100.10, 10.0.0.9, 10.0.0.5'), hops(2))).toBe('198.51.100.10');
    expect(clientAddress(xff('198.51.100.66, 198.51.100.10, 10.0.0.9, 10.0.0.5'), hops(1))).toBe('10.0.0.9');
  });

  it('takes the leftmost entry when fewer proxies wrote than configured', () => {
    expect(clientAddress(xff('198.51.100.10, 10.0.0.5'), hops(3))).toBe('198.51.100.10');
  });

  it('falls back to the socket peer when the picked entry is no address', () => {
    for (const junk of ['unknown', 'evil.example', '1.2.3.4.5', '<script>', 'a\tb', '\u00ff1.2.3.4', '1'.repeat(5000), '', '[::1', ' ']) {
      expect(clientAddress(xff(`${junk}, 10.0.0.5`), hops(1)), JSON.stringify(junk.slice(0, 20))).toBe('10.0.0.5');
    }
    expect(clientAddress(new Headers(), OFF)).toBeUndefined();
    expect(clientAddress(xff(', ,'), hops(1))).toBeUndefined();
  });

  it('drops ports and brackets that some proxies write', () => {
    expect(normaliseAddress('198.51.100.10:51234')).toBe('198.51.100.10');
    expect(normaliseAddress('[2001:db8::1]:443')).toBe('2001:db8::1');
    expect(normaliseAddress('[2001:db8::1]')).toBe('2001:db8::1');
    expect(normaliseAddress('::FFFF:192.0.2.1')).toBe('192.0.2.1');
    expect(normaliseAddress('999.1.1.1')).toBeNull();
  });
});

describe('the forwarded host', () => {
  const headers = (host: string, forwarded?: string) => new Headers({ host, ...(forwarded === undefined ? {} : { 'x-forwarded-host': forwarded }) });

  it('is the Host header without a trusted proxy', () => {
    expect(forwardedHost(headers('pbx.localhost:3000', 'admin.localhost:3000'), OFF)).toBe('pbx.localhost:3000');
  });

  it('is the X-Forwarded-Host entry the configured number of hops from the right', () => {
    expect(forwardedHost(headers('internal:3000', 'admin.example.com, pbx.example.com'), hops(1))).toBe('pbx.example.com');
    expect(forwardedHost(headers('internal:3000', 'admin.example.com, pbx.example.com, lb.internal'), hops(2))).toBe('pbx.example.com');
    expect(forwardedHost(headers('pbx.example.com'), hops(1))).toBe('pbx.example.com');
  });
});

describe('TRUSTED_PROXY_HOPS', () => {
  it('defaults to 1 and accepts 1 to 10', () => {
    expect(parseConfig({}).TRUSTED_PROXY_HOPS).toBe(1);
    expect(parseConfig({ TRUSTED_PROXY_HOPS: '3' }).TRUSTED_PROXY_HOPS).toBe(3);
    for (const bad of ['0', '-1', '11', 'two', '1.5']) expect(() => parseConfig({ TRUSTED_PROXY_HOPS: bad }), bad).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
