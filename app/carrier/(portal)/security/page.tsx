import type { Metadata } from 'next';
import { OwnSecurityPage } from '@/components/auth/own-security-page';

export const metadata: Metadata = { title: 'Security' };

/** The signed-in carrier user's own email address, 2FA, password and sessions. */
export default async function CarrierSecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Called, not rendered: the page's redirects happen while the page itself runs.
  return OwnSecurityPage({ searchParams });
}
