import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PhoneCall } from 'lucide-react';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { renderPortalViewer } from '@/lib/auth/page-context';
import { authPages, withNextPath } from '@/lib/auth/paths';
import { requirePageCtx } from '@/lib/http/page-context';
import { getPbxOverview } from '@/lib/pbx/services/get-pbx-overview';
import { requireModulePage } from '@/lib/portal-modules/page-access';

export const metadata: Metadata = { title: 'Cloud PBX' };

const levelLabel: Record<string, string> = { customer: 'Your account', group: 'Your group', category: 'Your plan category', all: 'All customers', default: 'Platform default' };

/**
 * The Cloud PBX overview: the account's effective PBX settings (and where each comes from) and its
 * extensions. A 404 for an account that does not see the module, like a page that does not exist.
 */
export default async function PbxOverviewPage() {
  const viewer = await renderPortalViewer();
  if (viewer.kind !== 'user') redirect(withNextPath(authPages('customer').signIn, '/pbx'));
  await requireModulePage('cloud_pbx');
  const overview = await getPbxOverview({ ctx: await requirePageCtx('portal.use') });
  return (
    <>
      <PageHeader breadcrumbs={[{ label: 'Cloud PBX' }, { label: 'Overview' }]} title="Cloud PBX" description={`The hosted PBX of ${overview.account.company} (account ${overview.account.accountNumber}).`} />
      <div className="grid max-w-4xl gap-6 p-6" data-testid="pbx-overview">
        <Card>
          <CardHeader>
            <CardTitle>
              <h2 className="text-base">Settings</h2>
            </CardTitle>
            <CardDescription>Limits and options of your PBX. Your provider sets them; ask support to change one.</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="divide-y divide-border">
              {overview.settings.map((s) => (
                <div key={s.key} className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid={`pbx-setting-${s.key}`}>
                  <dt>
                    <span className="block text-sm font-medium">{s.label}</span>
                    <span className="block text-sm text-muted-foreground">{s.description}</span>
                  </dt>
                  <dd className="flex items-center gap-2">
                    <span className="text-sm font-medium">{s.display}</span>
                    <Badge variant="outline">{levelLabel[s.source.level] ?? s.source.level}</Badge>
                  </dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>
              <h2 className="text-base">Extensions</h2>
            </CardTitle>
          </CardHeader>
          <CardContent>
            {overview.extensions.length === 0 ? (
              <EmptyState icon={PhoneCall} title="No extensions yet" description="Extensions, ring groups and IVR menus appear here once they can be created in the portal." data-testid="pbx-extensions-empty" />
            ) : null}
          </CardContent>
        </Card>
      </div>
    </>
  );
}
