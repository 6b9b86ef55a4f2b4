import { revalidateTag, unstable_cache } from 'next/cache';
import { logger } from '@/lib/logger';

/**
 * Data read for the prerendered pages (lib/http/prerendered.ts) through Next's data cache under tags,
 * so a page built from it carries the tags and is rendered again once expireTag() expires one.
 * Outside a Next.js server (a test calling the page, a script) there is no data cache: read directly.
 */
export async function cachedRead<T>(read: () => Promise<T>, keyParts: string[], tags: string[]): Promise<T> {
  try {
    return await unstable_cache(read, keyParts, { tags })();
  } catch (error) {
    if (isOutsideNext(error)) return read();
    throw error;
  }
}

/** Next's cache functions throw this invariant when called with no Next.js request or build around them. */
function isOutsideNext(error: unknown): boolean {
  return error instanceof Error && /^Invariant: (incrementalCache missing|static generation store missing)/.test(error.message);
}

/**
 * Expires everything prerendered under a tag. Called by the services that change the data, after
 * their transaction has committed; the next request renders the page again (`expire: 0`: never the
 * stale page). Outside a Next.js server (scripts, the worker, tests) there is no page cache in the
 * process to expire, and Next's call throws an invariant error: logged and ignored, the change stands.
 */
export function expireTag(tag: string): void {
  try {
    revalidateTag(tag, { expire: 0 });
  } catch (error) {
    if (isOutsideNext(error)) {
      logger.debug({ tag }, 'cached data changed outside a Next.js server: no page cache to expire here');
      return;
    }
    throw error;
  }
}
