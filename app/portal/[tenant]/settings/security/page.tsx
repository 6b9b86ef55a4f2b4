import type { Metadata } from 'next';
import { forbidden, redirect } from 'next/navigation';
import { SecuritySettings } from '@/components/auth/security-settings';
import { PageHeader } from '@/components/shell/page-header';
import { emailChangeOutcome } from '@/lib/auth/change-email';
import { renderPortalViewer } from '@/lib/auth/page-context';
import { authPages, SECURITY_SETTINGS_PATH, withNextPath } from '@/lib/auth/paths';

export const metadata: Metadata = { title: 'Security' };

/** The signed-in customer's own email address, 2FA, password and sessions, inside the portal's frame. */
export default async function PortalSecurityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await renderPortalViewer();
  const pages = authPages('customer');
  if (viewer.kind !== 'user') redirect(withNextPath(pages.signIn, SECURITY_SETTINGS_PATH));
  // These settings belong to the person's own session, never to a super admin acting as them.
  if (viewer.impersonation) forbidden();
  const { user } = viewer;
  return (
    <>
      <PageHeader breadcrumbs={[{ label: 'Account' }, { label: 'Security' }]} title="Security" description={`Sign-in settings of ${user.email}.`} />
      <div className="max-w-xl p-6" data-testid="security-settings">
        <SecuritySettings twoFactorEnabled={user.twoFactorEnabled} signInPath={pages.signIn} email={user.email} emailChange={emailChangeOutcome(await searchParams)} />
      </div>
    </>
  );
}
