import type { Metadata } from 'next';
import { AuthNotFoundHome } from '@/components/shell/auth-not-found';
import { NotFoundMessage } from '@/components/shell/not-found';

export const metadata: Metadata = { title: 'Page not found' };

/**
 * 404 inside the brand's sign-in frame; home is the sign-in landing (/ on pbx., /auth on a tenant
 * host), worked out in the browser: this page must read nothing of the request (AuthNotFoundHome).
 */
export default function NotFound() {
  return <NotFoundMessage homeLabel="Back to sign in" home={<AuthNotFoundHome />} />;
}
