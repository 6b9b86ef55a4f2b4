import type { Metadata } from 'next';
import { BrandedNotFound } from '@/components/shell/not-found';

export const metadata: Metadata = { title: 'Page not found' };

/**
 * An address no portal's own not-found answers (each portal's keeps its full frame, and every
 * address on a tenant host is inside a tenant segment with its own): the platform's light frame and
 * the way home. Reads nothing of the request: this component is rendered into every page's tree, so
 * a headers() here would make every page dynamic (no prerendered marketing, docs or sign-in pages).
 */
export default function NotFound() {
  return <BrandedNotFound brand={null} portal="marketing" homeHref="/" homeLabel="Back to the home page" />;
}
