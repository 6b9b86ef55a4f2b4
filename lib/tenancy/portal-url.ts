import { config } from '@/lib/config';
import type { Portal } from './resolve-host';

const hosts: Record<Exclude<Portal, 'customer'>, (root: string) => string> = {
  marketing: (root) => root,
  signup: (root) => `pbx.${root}`,
  carrier: (root) => `carrier.${root}`,
  admin: (root) => `admin.${root}`,
  docs: (root) => `docs.${root}`,
};

/** An absolute link to another portal of the root brand (links across hosts cannot be relative). */
export function portalUrl(portal: Exclude<Portal, 'customer'> | 'customer', path: string): string {
  const cfg = config();
  const host = portal === 'customer' ? `switch.pbx.${cfg.ROOT_DOMAIN}` : hosts[portal](cfg.ROOT_DOMAIN);
  const port = cfg.PUBLIC_SCHEME === 'http' && cfg.ROOT_DOMAIN === 'localhost' ? `:${cfg.PORT}` : '';
  return `${cfg.PUBLIC_SCHEME}://${host}${port}${path}`;
}

/**
 * The host of a tenant's customer portal, with the development port where portalUrl() adds one:
 * switch.pbx.<root> for the root brand, else its verified custom domain, else <slug>.<root>.
 */
export function customerPortalHost(tenant: { slug: string; isRoot: boolean }, verifiedDomain?: string | null): string {
  const cfg = config();
  const port = cfg.PUBLIC_SCHEME === 'http' && cfg.ROOT_DOMAIN === 'localhost' ? `:${cfg.PORT}` : '';
  const name = tenant.isRoot ? `switch.pbx.${cfg.ROOT_DOMAIN}` : (verifiedDomain ?? `${tenant.slug}.${cfg.ROOT_DOMAIN}`);
  return `${name}${port}`;
}
