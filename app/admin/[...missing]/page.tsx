import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

// Also here, not only in not-found.tsx: the metadata the browser ends up with comes from the
// matched page's segment chain, and not-found.tsx's alone was replaced by the layout's title on hydration.
export const metadata: Metadata = { title: 'Page not found' };

/**
 * Any address the staff console has no page for: 404 for everyone, signed in or not (outside the
 * (console) group, whose layout would send a signed-out visitor to sign in first), in the root 404's
 * header frame. Unknown ids inside the console (notFound() in its pages) keep the full console frame.
 */
export default function Missing() {
  notFound();
}
