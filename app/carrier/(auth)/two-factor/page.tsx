import type { Metadata } from 'next';
import { HostTwoFactorPage } from '@/components/auth/host-two-factor-page';

export const metadata: Metadata = { title: 'Two-factor authentication' };

export default async function CarrierTwoFactorPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Called, not rendered: the page's redirects happen while the page itself runs.
  return HostTwoFactorPage({ searchParams });
}
