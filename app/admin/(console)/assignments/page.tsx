import type { Metadata } from 'next';
import { ModuleToggles } from '@/components/assignments/module-toggles';
import { PageHeader } from '@/components/shell/page-header';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { can } from '@/lib/auth/permissions';
import { hierarchyTree } from '@/lib/customers/placement';
import { ForbiddenError } from '@/lib/errors';
import { requirePageCtx } from '@/lib/http/page-context';
import { assertAssignmentsStaff } from '@/lib/assignments/access';
import { portalModules } from '@/lib/portal-modules/modules';
import { forbidden } from 'next/navigation';

export const metadata: Metadata = { title: 'Module assignments' };

/**
 * Which customer portal modules each level gets: ALL, every category (seeded from its default
 * module set) and its groups. A customer's own overrides live on its effective configuration page.
 */
export default async function AssignmentsPage() {
  const ctx = await requirePageCtx('customers.read');
  try {
    assertAssignmentsStaff(ctx, can(ctx.actor.role, 'customers.write') ? 'customers.write' : 'customers.read');
  } catch (error) {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  }
  const readOnly = !can(ctx.actor.role, 'customers.write');
  const categories = await hierarchyTree(ctx);
  const modules = portalModules.map((m) => ({ key: m.key, label: m.label }));
  return (
    <>
      <PageHeader breadcrumbs={[{ label: 'Customers' }, { label: 'Module assignments' }]} title="Module assignments" description="Which customer portal modules each category and group sees. The most specific level wins: customer > group > category > all customers." />
      <div className="grid max-w-4xl gap-6 p-6">
        <Card id="all">
          <CardHeader>
            <CardTitle>
              <h2 className="text-base">All customers</h2>
            </CardTitle>
            <CardDescription>The broadest level: applies where no category, group or customer assignment says otherwise.</CardDescription>
          </CardHeader>
          <CardContent>
            <ModuleToggles level="all" targetId={null} targetName="all customers" modules={modules} readOnly={readOnly} />
          </CardContent>
        </Card>
        {categories.length === 0 ? <EmptyState title="No categories yet" description="Create customer categories first." /> : null}
        {categories.map((c) => (
          <Card key={c.id} id={`category-${c.id}`} data-testid={`category-card-${c.slug}`}>
            <CardHeader>
              <CardTitle>
                <h2 className="flex items-center gap-2 text-base">
                  {c.name} <Badge variant="secondary">Category</Badge>
                </h2>
              </CardTitle>
              <CardDescription>Default modules: {c.defaultModules.length ? c.defaultModules.map((k) => portalModules.find((m) => m.key === k)?.label ?? k).join(', ') : 'none'}.</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-4">
              <ModuleToggles level="category" targetId={c.id} targetName={c.name} modules={modules} readOnly={readOnly} />
              {c.groups.map((g) => (
                <section key={g.id} id={`group-${g.id}`} className="rounded-md border border-border p-3" aria-label={`Group ${g.name}`}>
                  <h3 className="mb-1 flex items-center gap-2 text-sm font-medium">
                    {g.name} <Badge variant="info">Group</Badge>
                  </h3>
                  <ModuleToggles level="group" targetId={g.id} targetName={g.name} modules={modules} readOnly={readOnly} />
                </section>
              ))}
            </CardContent>
          </Card>
        ))}
      </div>
    </>
  );
}
