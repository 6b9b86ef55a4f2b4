import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SecuritySettings } from '@/components/auth/security-settings';
import { PageHeader } from '@/components/shell/page-header';
import { emailChangeOutcome } from '@/lib/auth/change-email';
import { withNextPath } from '@/lib/auth/paths';
import { getSessionUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Security' };

/** The signed-in carrier user's own email address, 2FA, password and sessions. */
export default async function CarrierSecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const session = await getSessionUser(await headers());
  if (!session) redirect(withNextPath('/sign-in', '/security'));
  return (
    <>
      <PageHeader breadcrumbs={[{ label: 'Account' }, { label: 'Security' }]} title="Security" description={`Sign-in settings of ${session.user.email}.`} />
      <div className="max-w-xl p-6" data-testid="security-settings">
        <SecuritySettings
          twoFactorEnabled={session.user.twoFactorEnabled}
          signInPath="/sign-in"
          email={session.user.email}
          emailChange={emailChangeOutcome(await searchParams)}
        />
      </div>
    </>
  );
}
