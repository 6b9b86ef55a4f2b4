import type { Metadata } from 'next';
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
import { adminNav } from '@/lib/navigation/admin';

export const metadata: Metadata = { title: { default: 'Super Admin', template: '%s · DIDTron Admin' } };

/** The staff console: signed-in platform staff only; everyone else goes to sign in (another portal's session is told where it belongs). */
export default async function AdminConsoleLayout({ children }: { children: ReactNode }) {
  const h = await headers();
  let ctx: Ctx;
  try {
    ctx = await renderCtx();
  } catch (error) {
    // A session of a customer or carrier account (sign-in refuses them; this one predates a role change).
    if (error instanceof WrongPortalError) {
      const session = await getSessionUser(h);
      const user = session ? { name: session.user.name, email: session.user.email, role: session.user.role, signInHref: '/sign-in' } : null;
      return (
        <PortalShell nav={{ ...adminNav, modules: [] }} brand={{ name: 'DIDTron Admin', logoUrl: '/brand/didtron.svg', tenantHost: false }} user={user} banner={<SandboxBanner />}>
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
      nav={adminNav}
      brand={{ name: 'DIDTron Admin', logoUrl: '/brand/didtron.svg', tenantHost: false }}
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
