import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

// Also here, not only in not-found.tsx: the metadata the browser ends up with comes from the
// matched page's segment chain, and not-found.tsx's alone was replaced by the layout's title on hydration.
export const metadata: Metadata = { title: 'Page not found' };

/** Any address this portal has no page for: its own not-found.tsx answers 404 inside the portal's frame. */
export default function Missing() {
  notFound();
}
