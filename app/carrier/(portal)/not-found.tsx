import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/shell/not-found';

export const metadata: Metadata = { title: 'Page not found' };

/** 404 inside the carrier portal's frame (header, navigation, brand kept). */
export default function NotFound() {
  return <NotFoundMessage homeLabel="Back to the carrier portal" />;
}
