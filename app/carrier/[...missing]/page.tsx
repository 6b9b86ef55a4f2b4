import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

// Also here, not only in not-found.tsx: the metadata the browser ends up with comes from the
// matched page's segment chain, and not-found.tsx's alone was replaced by the layout's title on hydration.
export const metadata: Metadata = { title: 'Page not found' };

/**
 * Any address the carrier portal has no page for: 404 for everyone, signed in or not (outside the
 * (portal) group, whose layout would send a signed-out visitor to sign in first), in the root 404's
 * header frame. notFound() inside the portal's pages keeps the portal's frame ((portal)/not-found.tsx).
 */
export default function Missing() {
  notFound();
}
