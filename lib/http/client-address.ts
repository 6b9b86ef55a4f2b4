import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/**
 * Who is asking, decided once in the proxy (proxy.ts) and read everywhere else from this header:
 * rate limits, the sign-in guard, sessions, the audit log. The proxy drops any copy a client sends.
 */
export const CLIENT_IP_HEADER = 'x-didtron-client-ip';

/** The configuration this depends on (lib/config.ts). */
export type ProxyTrust = { TRUSTED_PROXY: boolean; TRUSTED_PROXY_HOPS: number };

/**
 * Run by our web server (scripts/web-server.ts) on every request before Next sees it, as any proxy
 * does: the socket peer's address goes on the right end of X-Forwarded-For. Next would add it only
 * when the header is absent, so a client sending one could otherwise choose its own address.
 */
export function appendSocketPeer(req: IncomingMessage): void {
  const sent = req.headers['x-forwarded-for'];
  const forwarded = Array.isArray(sent) ? sent.join(', ') : sent;
  // A socket already gone has no address; an entry that is no IP keeps the client's list from counting as ours.
  const peer = req.socket.remoteAddress ?? 'unknown';
  req.headers['x-forwarded-for'] = forwarded?.trim() ? `${forwarded}, ${peer}` : peer;
}

function entries(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/**
 * Proxies of ours between the client and the web server. Each appends the address it received from
 * (X-Forwarded-For) and our web server appends the socket peer, so the entry `hops` places left of
 * the rightmost is the one the outermost trusted proxy wrote: everything left of it is the client's.
 */
function hopsOf(trust: ProxyTrust): number {
  return trust.TRUSTED_PROXY ? trust.TRUSTED_PROXY_HOPS : 0;
}

/** The entry `hops` places left of the rightmost one; the leftmost when the list is shorter. */
function fromRight(list: string[], hops: number): string | undefined {
  return list[Math.max(0, list.length - 1 - hops)];
}

/**
 * An address as forwarding headers write it, reduced to the bare IP: without port or brackets,
 * IPv4-mapped IPv6 as IPv4, IPv6 in lower case. Null when it is not an IP address.
 */
export function normaliseAddress(raw: string): string | null {
  let address = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d{1,5}$/.test(address)) address = address.slice(0, address.lastIndexOf(':'));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1]!;
  const family = isIP(address);
  if (family === 4) return address;
  if (family === 6) return address.toLowerCase();
  return null;
}

/**
 * The client's address: the socket peer without a trusted proxy, else the address the configured
 * number of hops from the right of X-Forwarded-For. When that entry is no IP address, the socket
 * peer (the nearest proxy) stands in rather than anything the client wrote.
 */
export function clientAddress(headers: Headers, trust: ProxyTrust): string | undefined {
  const chain = entries(headers.get('x-forwarded-for'));
  const picked = fromRight(chain, hopsOf(trust));
  return (picked && normaliseAddress(picked)) ?? normaliseAddress(chain.at(-1) ?? '') ?? undefined;
}

/**
 * The host the browser addressed, picked like the client address: the Host header without a trusted
 * proxy, else the X-Forwarded-Host entry the configured number of hops from the right (Host counting
 * as the rightmost, the one our web server received).
 */
export function forwardedHost(headers: Headers, trust: ProxyTrust): string | null {
  const forwarded = trust.TRUSTED_PROXY ? entries(headers.get('x-forwarded-host')) : [];
  return fromRight([...forwarded, headers.get('host')?.trim() ?? ''], hopsOf(trust)) || null;
}
