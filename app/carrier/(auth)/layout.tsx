import type { ReactNode } from 'react';
import { AuthFrame } from '@/components/shell/auth-frame';

/** Carrier sign-in: the root brand's carrier accounts. Sign-up is closed on this host (carriers are invited). */
export default function CarrierAuthLayout({ children }: { children: ReactNode }) {
  return (
    <AuthFrame portal="carrier" brandName="DIDTron Carrier" logoUrl="/brand/didtron.svg">
      {children}
    </AuthFrame>
  );
}
