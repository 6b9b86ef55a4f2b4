import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EffectiveConfiguration } from '@/components/assignments/effective-configuration';
import { ModuleToggles } from '@/components/assignments/module-toggles';
import { MoveDialog } from '@/components/assignments/move-dialog';
import { PageHeader } from '@/components/shell/page-header';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { getEffectiveConfiguration } from '@/lib/assignments/services/get-effective-configuration';
import { can } from '@/lib/auth/permissions';
import { hierarchyTree } from '@/lib/customers/placement';
import { requirePageCtx } from '@/lib/http/page-context';
import { loadOrNotFound } from '@/lib/http/page-lookup';
import { portalModules } from '@/lib/portal-modules/modules';

export const metadata: Metadata = { title: 'Effective configuration' };

/** A customer account's effective configuration: what it gets, from which level; its own module overrides; a move with preview. */
export default async function CustomerConfigurationPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requirePageCtx('customers.read');
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const config = await loadOrNotFound(() => getEffectiveConfiguration({ ctx, input: { accountId: id } }));
  const { account } = config;
  const canWrite = can(ctx.actor.role, 'customers.write');
  const categories = canWrite ? await hierarchyTree(ctx) : [];
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Customers', href: '/customers' }, { label: account.company, href: `/customers/${account.id}` }, { label: 'Effective configuration' }]}
        title={`${account.company}: effective configuration`}
        description={`Account ${account.accountNumber} · ${account.category.name}${account.group ? ` / ${account.group.name}` : ''}. Every assignable setting, its value and the level it came from.`}
      />
      <div className="grid max-w-5xl gap-6 p-6">
        {canWrite ? (
          <div className="flex flex-wrap gap-3">
            <MoveDialog accountId={account.id} company={account.company} current={{ categoryId: account.category.id, groupId: account.group?.id ?? null }} categories={categories.map((c) => ({ id: c.id, name: c.name, groups: c.groups }))} />
          </div>
        ) : null}
        <EffectiveConfiguration accountId={account.id} />
        {canWrite ? (
          <Card>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base">Portal modules for this account only</h2>
              </CardTitle>
              <CardDescription>Overrides its group and category. Inherit removes the override.</CardDescription>
            </CardHeader>
            <CardContent>
              <ModuleToggles level="customer" targetId={account.id} targetName={account.company} modules={portalModules.map((m) => ({ key: m.key, label: m.label }))} />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
