import { lookup as dnsLookup } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { z } from 'zod';
import { config } from '@/lib/config';
import { ValidationError } from '@/lib/errors';
import { bareHostname, isPublicAddress } from '@/lib/net/public-address';
import { safeText } from '@/lib/validation';

/**
 * SSRF guard of outgoing webhooks. In production an endpoint URL must be https and every address
 * its host resolves to must be public; it is checked when the endpoint is registered or changed,
 * and again at every delivery by the socket's own DNS lookup (publicOnlyLookup), so a name that
 * re-binds to 127.0.0.1 after registration is refused at connect time, with no gap between the
 * check and the connection. The sandbox allows http and loopback so tests and local receivers work.
 */
export const webhookNetPolicy = {
  /** A seam for tests of production behaviour (vi.spyOn); everything else reads config. */
  allowPrivateNetworks: (): boolean => config().isSandbox,
};

export class BlockedAddressError extends Error {
  constructor(host: string, address: string) {
    super(`${host} resolves to ${address}, which is not a public address`);
    this.name = 'BlockedAddressError';
  }
}

export const webhookUrlSchema = safeText()
  .trim()
  .min(1, 'must not be empty')
  .max(2048, 'must be at most 2048 characters')
  .superRefine((value, issue) => {
    const problem = urlProblem(value);
    if (problem) issue.addIssue({ code: 'custom', message: problem });
  });

/** What is wrong with a URL before any DNS lookup, or null. */
export function urlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'must be an absolute URL, e.g. https://example.com/webhooks';
  }
  const open = webhookNetPolicy.allowPrivateNetworks();
  if (url.protocol !== 'https:' && !(open && url.protocol === 'http:')) return open ? 'must be an http or https URL' : 'must be an https URL';
  if (url.username || url.password) return 'must not contain a user name or password';
  const host = bareHostname(url.hostname);
  if (!host) return 'must name a host';
  if (!open && isIP(host) && !isPublicAddress(host)) return `must not point at a private, loopback or link-local address (${host})`;
  if (!open && (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.internal') || host.endsWith('.local'))) return `must be a public host name (${host})`;
  return null;
}

/** The registration check: the syntax above, then every address the host resolves to must be public. */
export async function assertPublicWebhookUrl(value: string): Promise<void> {
  const problem = urlProblem(value);
  if (problem) throw new ValidationError([{ path: 'url', message: problem }]);
  if (webhookNetPolicy.allowPrivateNetworks()) return;
  const host = bareHostname(new URL(value).hostname);
  if (isIP(host)) return;
  const addresses = await new Promise<{ address: string }[]>((resolve) => dnsLookup(host, { all: true }, (err, list) => resolve(err ? [] : list)));
  if (addresses.length === 0) throw new ValidationError([{ path: 'url', message: `the host ${host} does not resolve` }]);
  const bad = addresses.find((a) => !isPublicAddress(a.address));
  if (bad) throw new ValidationError([{ path: 'url', message: `must not point at a private, loopback or link-local address (${host} resolves to ${bad.address})` }]);
}

/**
 * The DNS lookup the delivery's socket uses: the system resolver, then every answer must be public
 * (in production). The socket connects to exactly the address checked here.
 */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return (callback as (e: NodeJS.ErrnoException | null, a: string, f?: number) => void)(err, '', undefined);
    const list = addresses as { address: string; family: number }[];
    if (!webhookNetPolicy.allowPrivateNetworks()) {
      const bad = list.find((a) => !isPublicAddress(a.address));
      if (bad) return (callback as (e: Error | null, a: string, f?: number) => void)(new BlockedAddressError(hostname, bad.address), '', undefined);
    }
    if (options.all) return (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, list);
    const first = list[0]!;
    (callback as (e: null, a: string, f: number) => void)(null, first.address, first.family);
  });
};

export const webhookEventTypesSchema = (names: readonly [string, ...string[]]) =>
  z
    .array(z.enum(names))
    .min(1, 'choose at least one event type')
    .max(names.length)
    .transform((s) => [...new Set(s)]);
