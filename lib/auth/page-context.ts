import 'server-only';
import { headers } from 'next/headers';
import { cache } from 'react';
import type { Portal } from '@/lib/tenancy/resolve-host';
import { authPages, portalHome, safeNextPath } from './paths';
import { getPortalViewer, getSessionUser } from './session';

/** Who the customer portal shows as signed in, resolved once per server render (layout and page share it). */
export const renderPortalViewer = cache(async () => getPortalViewer(await headers()));

/** What every auth page needs: the paths of its siblings on this host and the signed-in user, if any. */
export async function authPageContext(next?: unknown) {
  const h = await headers();
  const portal = h.get('x-portal') as Portal | null;
  const pages = authPages(portal);
  const home = portalHome(portal);
  const session = await getSessionUser(h);
  return { portal, pages, home, next: safeNextPath(next), session };
}

/** Where a signed-in user belongs right now: onboarding until it is finished, then `next` or the portal. */
export function destinationFor(ctx: Awaited<ReturnType<typeof authPageContext>>): string {
  const state = ctx.session?.user.onboardingState;
  if (state === 'signed_up') return ctx.pages.verifyEmail;
  if (state && state !== 'active') return ctx.pages.onboarding;
  return ctx.next ?? ctx.home;
}
