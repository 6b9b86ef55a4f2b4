import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AuthFrame } from '@/components/shell/auth-frame';

export const metadata: Metadata = { title: { default: 'Sign in', template: '%s · DIDTron Admin' } };

/** Staff sign-in: the root tenant's accounts with a platform role. Sign-up is closed on this host. */
export default function AdminAuthLayout({ children }: { children: ReactNode }) {
  return (
    <AuthFrame portal="admin" brandName="DIDTron Admin" logoUrl="/brand/didtron.svg">
      {children}
    </AuthFrame>
  );
}
