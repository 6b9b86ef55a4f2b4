import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotFoundMessage } from '@/components/shell/not-found';

export const metadata: Metadata = { title: 'Page not found' };

/** 404 inside the brand's sign-in frame; home is the sign-in landing (/ on pbx., /auth on a reseller host). */
export default async function NotFound() {
  const portal = (await headers()).get('x-portal');
  return <NotFoundMessage homeHref={portal === 'customer' ? '/auth' : '/'} homeLabel="Back to sign in" />;
}
