'use client';

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { authClient } from '@/lib/auth/client';
import { safeNextPath, withNextPath } from '@/lib/auth/next-path';
import { SignInForm, type AfterSignIn } from './sign-in-form';

/**
 * The request-dependent part of the prerendered sign-in page (app/auth/[tenant]/sign-in), done in
 * the browser: the page is the same bytes for every visitor of a tenant, so `?next=`, the auth pages'
 * base path on this host (`` on pbx.<root>, `/auth` on tenant hosts) and the "already signed in ->
 * go on" redirect are read here. Links in the HTML are relative (`forgot-password`), which resolve
 * to the right page on either kind of host without JavaScript.
 */
/**
 * Where the sign-in form sends the user, and where a visitor who is already signed in goes, for the
 * page at `location` (the browser's URL). Pure, so tests can hold every hostile `?next=` against it.
 */
export function signInTargets(location: { pathname: string; search: string }, signupPortalHome: string) {
  const base = location.pathname.startsWith('/auth/') ? '/auth' : '';
  const next = safeNextPath(new URLSearchParams(location.search).get('next'));
  // pbx.<root> has no portal of its own: a signed-in user continues to the customer portal's host.
  const home = next ?? (base ? '/' : signupPortalHome);
  const after: AfterSignIn = { onboarding: `${base}/onboarding`, home, twoFactor: withNextPath(`${base}/two-factor`, next) };
  /** The page a signed-in visitor belongs on (lib/auth/page-context destinationFor). */
  const signedIn = (onboardingState: string | undefined) =>
    onboardingState === 'signed_up' ? `${base}/verify-email` : onboardingState && onboardingState !== 'active' ? after.onboarding! : home;
  return { after, signedIn };
}

const noSubscription = () => () => {};

export function StaticSignIn({ signupPortalHome }: { signupPortalHome: string }) {
  // The browser's URL after hydration; null while prerendering (the targets then stay relative).
  const href = useSyncExternalStore(noSubscription, () => window.location.href, () => null);
  const targets = useMemo(() => {
    const url = href ? new URL(href) : null;
    return url ? signInTargets(url, signupPortalHome) : null;
  }, [href, signupPortalHome]);

  useEffect(() => {
    if (!targets) return;
    let live = true;
    void authClient
      .getSession()
      .then(({ data }) => {
        if (live && data) window.location.replace(targets.signedIn((data.user as { onboardingState?: string }).onboardingState));
      })
      .catch(() => {
        /* no answer about the session: stay on the sign-in form */
      });
    return () => {
      live = false;
    };
  }, [targets]);

  return <SignInForm after={targets?.after ?? { onboarding: 'onboarding', home: '/', twoFactor: 'two-factor' }} forgotPasswordPath="forgot-password" />;
}
