import { headers } from 'next/headers';
import { cache } from 'react';
import type { Portal } from './resolve-host';
import { getPublicBranding, type PublicBranding } from './services/get-public-branding';

export type RequestBrand = {
  /** The portal the proxy resolved for this host; null when the request did not pass the proxy. */
  portal: Portal | null;
  /** The tenant whose host this is (a reseller, or the root brand on pbx./switch.pbx.); null on the platform's own portals. */
  brand: PublicBranding | null;
};

/**
 * Whose brand this request is served under, from the headers the proxy set (forged copies are
 * stripped there). Used where no route parameter names the tenant: the root layout's metadata and
 * the 404 page of an unmatched address. Memoised per request.
 */
export const requestBrand = cache(async function requestBrand(): Promise<RequestBrand> {
  const h = await headers();
  const portal = (h.get('x-portal') as Portal | null) ?? null;
  const slug = h.get('x-tenant-slug');
  const brand = slug && (portal === 'customer' || portal === 'signup') ? await getPublicBranding(slug) : null;
  return { portal, brand };
});
