import { revalidateTag, unstable_cache } from 'next/cache';
import { brandingTag } from '@/lib/http/prerendered';
import { logger } from '@/lib/logger';
import { getPublicBranding, type PublicBranding } from './services/get-public-branding';

/**
 * A tenant's public branding for the pages prerendered per tenant (the sign-in page and the auth
 * frame, lib/http/prerendered.ts): read through Next's data cache under the tenant's branding tag,
 * so the prerendered page carries that tag and is rendered again once revalidateBranding() expires it.
 */
export async function cachedPublicBranding(slug: string): Promise<PublicBranding | null> {
  try {
    return await unstable_cache(() => getPublicBranding(slug), ['public-branding', slug], { tags: [brandingTag(slug)] })();
  } catch (error) {
    // Rendered outside a Next.js server (a test calling the page): no data cache, read directly.
    if (isOutsideNext(error)) return getPublicBranding(slug);
    throw error;
  }
}

/** Next's cache functions throw this invariant when called with no Next.js request or build around them. */
function isOutsideNext(error: unknown): boolean {
  return error instanceof Error && /^Invariant: (incrementalCache missing|static generation store missing)/.test(error.message);
}

/**
 * Expires everything prerendered from a tenant's branding (name, logo, colours, status). Called by
 * the services that change them, after their transaction has committed; the next request renders
 * the page again (`expire: 0`: never the stale page, as a brand change must show at once). Outside a
 * Next.js server (scripts, the worker, tests) there is no page cache in the process to expire, and
 * Next's call throws an invariant error: logged and ignored there, the change itself stands.
 */
export function revalidateBranding(slug: string): void {
  try {
    revalidateTag(brandingTag(slug), { expire: 0 });
  } catch (error) {
    if (isOutsideNext(error)) {
      logger.debug({ slug }, 'branding changed outside a Next.js server: no page cache to expire here');
      return;
    }
    throw error;
  }
}
