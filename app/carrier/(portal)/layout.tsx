import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { WrongPortalNotice } from '@/components/auth/wrong-portal-notice';
import { PortalShell } from '@/components/shell/portal-shell';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { withNextPath } from '@/lib/auth/paths';
import { WrongPortalError } from '@/lib/auth/portal-access';
import { getSessionUser } from '@/lib/auth/session';
import type { Ctx } from '@/lib/context';
import { ForbiddenError, UnauthorizedError } from '@/lib/errors';
import { renderCtx } from '@/lib/http/page-context';
import { carrierNav } from '@/lib/navigation/carrier';

const brand = { name: 'DIDTron Carrier', logoUrl: '/brand/didtron.svg', tenantHost: false };

/**
 * The carrier portal: signed-in carrier users of the root brand only. Anonymous visitors go to
 * this host's own sign-in and come back; another portal's session is told where it belongs.
 */
export default async function CarrierPortalLayout({ children }: { children: ReactNode }) {
  const h = await headers();
  let ctx: Ctx;
  try {
    ctx = await renderCtx();
  } catch (error) {
    if (error instanceof WrongPortalError) {
      const session = await getSessionUser(h);
      const user = session ? { name: session.user.name, email: session.user.email, role: session.user.role, signInHref: '/sign-in' } : null;
      return (
        <PortalShell nav={{ ...carrierNav, modules: [] }} brand={brand} user={user} banner={<SandboxBanner />}>
          <WrongPortalNotice refusal={error.refusal} />
        </PortalShell>
      );
    }
    if (error instanceof ForbiddenError) forbidden();
    if (!(error instanceof UnauthorizedError)) throw error;
    // The path as the proxy saw it, checked like any other `next` before it goes into the link.
    redirect(withNextPath('/sign-in', h.get('x-didtron-path')));
  }
  const { actor } = ctx;
  return (
    <PortalShell
      nav={carrierNav}
      brand={brand}
      user={{
        name: actor.name,
        email: actor.email,
        role: actor.role,
        isDevelopmentActor: actor.isDevelopmentActor,
        securityHref: actor.isDevelopmentActor ? undefined : '/security',
        signInHref: actor.isDevelopmentActor ? undefined : '/sign-in',
      }}
      banner={<SandboxBanner />}
    >
      {children}
    </PortalShell>
  );
}
