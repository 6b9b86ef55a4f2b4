import type { Metadata } from 'next';
import { forbidden, redirect } from 'next/navigation';
import { ApiKeysTable } from '@/components/api-keys/api-keys-table';
import { PageHeader } from '@/components/shell/page-header';
import { renderPortalViewer } from '@/lib/auth/page-context';
import { API_KEYS_SETTINGS_PATH, authPages, withNextPath } from '@/lib/auth/paths';
import { can, isPlatformRole, permissionsOf } from '@/lib/auth/permissions';

export const metadata: Metadata = { title: 'API keys' };

/**
 * The signed-in customer's API keys, inside the portal's frame. Keys are managed by the person's
 * own session (never a super admin acting as them, never a key: the API refuses both too).
 */
export default async function PortalApiKeysPage() {
  const viewer = await renderPortalViewer();
  if (viewer.kind !== 'user') redirect(withNextPath(authPages('customer').signIn, API_KEYS_SETTINGS_PATH));
  if (viewer.impersonation) forbidden();
  const { role } = viewer.user;
  if (!can(role, 'api_keys.read') || isPlatformRole(role)) forbidden();
  return (
    <>
      <PageHeader breadcrumbs={[{ label: 'Account' }, { label: 'API keys' }]} title="API keys" description="Keys for the REST API under /api/v1. Each acts as you, limited to its scopes." />
      <div className="p-6" data-testid="api-keys-settings">
        <ApiKeysTable grantable={permissionsOf(role)} />
      </div>
    </>
  );
}
