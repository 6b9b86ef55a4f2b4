import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SecuritySettings } from '@/components/auth/security-settings';
import { PageHeader } from '@/components/shell/page-header';
import { emailChangeOutcome } from '@/lib/auth/change-email';
import { withNextPath } from '@/lib/auth/paths';
import { getSessionUser } from '@/lib/auth/session';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * The signed-in user's own email address, 2FA, password and sessions, on a portal host that signs
 * in at `/sign-in` and serves this page at `/security` (the staff and carrier portals).
 */
export async function OwnSecurityPage({ searchParams }: { searchParams: SearchParams }) {
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
