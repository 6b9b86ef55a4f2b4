'use client';

import { useSyncExternalStore } from 'react';
import { NotFoundHome } from './not-found-home';

const noSubscription = () => () => {};

/**
 * The sign-in landing of this host, from the browser's path: `/auth` on tenant hosts (the auth pages
 * live under /auth there), `/` on pbx.<root>.
 */
export function authHomeHref(pathname: string | null): string {
  return pathname === '/auth' || pathname?.startsWith('/auth/') ? '/auth' : '/';
}

/**
 * The way back to sign in from a 404 of app/auth/[tenant], worked out in the browser: that 404 page
 * is rendered into the tree of the prerendered sign-in page (lib/http/prerendered.ts), so it must
 * read nothing of the request. `/` until hydration.
 */
export function AuthNotFoundHome() {
  const pathname = useSyncExternalStore(noSubscription, () => window.location.pathname, () => null);
  return <NotFoundHome href={authHomeHref(pathname)} label="Back to sign in" />;
}
