import { BlockList, isIP } from 'node:net';
import { z } from 'zod';

/** At most this many blocks per key (the column's check constraint says the same). */
export const MAX_ALLOWED_IPS = 50;

/**
 * One CIDR block (`203.0.113.0/24`, `2001:db8::/32`) or a single address (taken as /32 or /128),
 * normalised: lower case, host bits kept as written (the block matches by its network part).
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`) is refused: the client address is resolved to plain IPv4
 * (lib/http/client-address.ts), so such a rule would never match.
 */
export function parseCidr(text: string): { address: string; prefix: number; family: 'ipv4' | 'ipv6' } | { error: string } {
  const [address = '', prefixText, ...rest] = text.trim().toLowerCase().split('/');
  const version = isIP(address);
  if (!version || rest.length) return { error: 'must be an IPv4 or IPv6 address or CIDR block, e.g. 203.0.113.0/24' };
  if (version === 6 && /^::ffff:\d/.test(address)) return { error: 'write an IPv4-mapped address as plain IPv4' };
  const max = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return { error: `the prefix length must be a number from 0 to ${max}` };
  const prefix = prefixText === undefined ? max : Number(prefixText);
  if (prefix > max) return { error: `the prefix length must be from 0 to ${max}` };
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** The allow-list as an API input: each entry validated on its own, so a 422 names `allowedIps.3`. */
export const allowedIpsSchema = z
  .array(
    z
      .string()
      .max(64, 'must be at most 64 characters')
      .transform((text, c) => {
        const parsed = parseCidr(text);
        if ('error' in parsed) {
          c.addIssue({ code: 'custom', message: parsed.error });
          return z.NEVER;
        }
        return `${parsed.address}/${parsed.prefix}`;
      }),
  )
  .max(MAX_ALLOWED_IPS, `at most ${MAX_ALLOWED_IPS} entries`)
  .transform((list) => [...new Set(list)]);

/** Whether the client address falls in one of the blocks; an empty list allows every address. */
export function ipAllowed(allowed: readonly string[], ip: string | undefined): boolean {
  if (!allowed.length) return true;
  const version = ip ? isIP(ip) : 0;
  if (!ip || !version) return false;
  const list = new BlockList();
  for (const entry of allowed) {
    const parsed = parseCidr(entry);
    if (!('error' in parsed)) list.addSubnet(parsed.address, parsed.prefix, parsed.family);
  }
  return list.check(ip, version === 4 ? 'ipv4' : 'ipv6');
}
