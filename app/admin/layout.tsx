import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PortalShell } from '@/components/shell/portal-shell';
import { SandboxBanner } from '@/components/shell/sandbox-banner';
import { SignInEntry } from '@/components/shell/sign-in-entry';
import { optionalPageCtx } from '@/lib/http/page-context';
import { adminNav } from '@/lib/navigation/admin';

export const metadata: Metadata = { title: { default: 'Super Admin', template: '%s · DIDTron Admin' } };

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const ctx = await optionalPageCtx();
  const brand = { name: 'DIDTron Admin', logoUrl: '/brand/didtron.svg', tenantHost: false };
  if (!ctx) {
    return (
      <PortalShell nav={{ ...adminNav, modules: [] }} brand={brand} user={null} banner={<SandboxBanner />}>
        <SignInEntry brandName="DIDTron Admin" signInHref={null} />
      </PortalShell>
    );
  }
  const { actor } = ctx;
  return (
    <PortalShell nav={adminNav} brand={brand} user={{ name: actor.name, email: actor.email, role: actor.role, isDevelopmentActor: actor.isDevelopmentActor }} banner={<SandboxBanner />}>
      {children}
    </PortalShell>
  );
}
