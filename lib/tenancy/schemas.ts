import { z } from 'zod';
import { config } from '@/lib/config';
import { safeText } from '@/lib/validation';
import { normaliseHost, resolveHost } from './resolve-host';

export * from './branding-schema';

/** A custom domain: a valid hostname that is not one of our own portal hosts nor an IP. */
export const domainSchema = safeText()
  .trim()
  .transform((v, ctx) => {
    const host = normaliseHost(v);
    if (!host || !host.includes('.')) {
      ctx.addIssue({ code: 'custom', message: 'must be a full domain name like voice.example.com' });
      return z.NEVER;
    }
    const resolved = resolveHost(host, config().ROOT_DOMAIN);
    if (resolved.kind !== 'lookup-domain') {
      ctx.addIssue({ code: 'custom', message: 'this name is a platform host or an IP address, not a custom domain' });
      return z.NEVER;
    }
    return host;
  });
export { tenantStatuses, domainStatuses } from '@/db/schema/tenancy';
