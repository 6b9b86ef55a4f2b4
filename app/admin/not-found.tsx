import type { Metadata } from 'next';
import { BrandedNotFound } from '@/components/shell/not-found';

export const metadata: Metadata = { title: 'Page not found' };

/**
 * An address the staff console has no page for (app/admin/[...missing], outside the (console) group
 * whose layout would send a signed-out visitor to sign in first): the platform's light frame and the
 * way back to the console.
 */
export default function NotFound() {
  return <BrandedNotFound brand={null} portal="admin" homeHref="/" homeLabel="Back to the console" />;
}
