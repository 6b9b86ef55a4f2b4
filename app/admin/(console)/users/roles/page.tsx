import type { Metadata } from 'next';
import { PageHeader } from '@/components/shell/page-header';
import { RolesMatrix } from '@/components/users/roles-matrix';
import { requirePageCtx } from '@/lib/http/page-context';

export const metadata: Metadata = { title: 'Roles' };

export default async function RolesPage() {
  await requirePageCtx('users.read');
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Users & Roles', href: '/users' }, { label: 'Roles' }]}
        title="Roles"
        description="What each role may do. The matrix is defined in code and checked on the server for every page, action and API call."
      />
      <div className="p-6">
        <RolesMatrix />
      </div>
    </>
  );
}
