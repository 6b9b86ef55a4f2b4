import { cachedRead, expireTag } from '@/lib/http/page-cache';
import { brandingTag } from '@/lib/http/prerendered';
import { getPublicBranding, type PublicBranding } from './services/get-public-branding';

/**
 * A tenant's public branding for the pages prerendered per tenant (the sign-in page and the auth
 * frame, lib/http/prerendered.ts): read through Next's data cache under the tenant's branding tag,
 * so the prerendered page carries that tag and is rendered again once revalidateBranding() expires it.
 */
export async function cachedPublicBranding(slug: string): Promise<PublicBranding | null> {
  return cachedRead(() => getPublicBranding(slug), ['public-branding', slug], [brandingTag(slug)]);
}

/**
 * Expires everything prerendered from a tenant's branding (name, logo, colours, status). Called by
 * the services that change them, after their transaction has committed (lib/http/page-cache.ts).
 */
export function revalidateBranding(slug: string): void {
  expireTag(brandingTag(slug));
}
