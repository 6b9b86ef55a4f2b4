import { Resolver } from 'node:dns/promises';
import { config } from '@/lib/config';

/** What a TXT lookup found: the records, that the name has none, or that DNS could not answer. */
export type TxtLookup = { kind: 'found'; records: string[] } | { kind: 'none' } | { kind: 'error'; code: string };

const LOOKUP_TIMEOUT_MS = 5_000;

/**
 * The TXT records of `name` (each record's strings joined, as RFC 7208 reads them), asked of the
 * configured resolvers (DNS_RESOLVER; the system's when unset, which is production's default; the
 * local fake DNS provider in sandbox).
 */
export async function lookupTxt(name: string): Promise<TxtLookup> {
  const resolver = new Resolver({ timeout: 2_000, tries: 2 });
  const servers = config().dnsServers;
  if (servers) resolver.setServers(servers);
  let timer: NodeJS.Timeout | undefined;
  try {
    const records = await Promise.race([
      resolver.resolveTxt(name),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('DNS timeout'), { code: 'ETIMEOUT' })), LOOKUP_TIMEOUT_MS);
      }),
    ]);
    return { kind: 'found', records: records.map((chunks) => chunks.join('')) };
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    // ENOTFOUND: no such name (NXDOMAIN); ENODATA: the name exists without TXT records.
    if (code === 'ENOTFOUND' || code === 'ENODATA') return { kind: 'none' };
    return { kind: 'error', code: typeof code === 'string' ? code : 'EUNKNOWN' };
  } finally {
    clearTimeout(timer);
    resolver.cancel();
  }
}
