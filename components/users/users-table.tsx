'use client';

import { useState } from 'react';
import { createDataTableColumnHelper, FixedColumnTable, useListQuery, type DataTableFilter } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { formatUtc } from '@/components/tenancy/status-badges';
import { Button } from '@/components/ui/button';
import { roles } from '@/lib/auth/permissions';
import { InviteUserDialog } from './invite-user-dialog';
import type { TenantOption } from '@/lib/tenancy/views';
import type { UserListRow } from '@/lib/users/views';
import { userKeys, userUrls } from './api';
import { RoleBadge, roleLabel, UserStatusBadge } from './user-badges';

const col = createDataTableColumnHelper<UserListRow>();
const columns = col.columns([
  col.accessor('name', { header: 'Name' }),
  col.accessor('email', { header: 'Email' }),
  col.accessor('tenantName', { header: 'Tenant' }),
  col.accessor('role', { header: 'Role', cell: ({ getValue }) => <RoleBadge role={getValue()} /> }),
  col.accessor('status', { header: 'Status', cell: ({ row }) => <UserStatusBadge status={row.original.status} invitationPending={row.original.invitationPending} /> }),
  col.accessor('twoFactorEnabled', { header: '2FA', cell: ({ getValue }) => (getValue() ? 'On' : 'Off') }),
  col.accessor('createdAt', { header: 'Created', meta: { sortDescFirst: true }, cell: ({ getValue }) => formatUtc(getValue()) }),
]);

export function UsersTable({ tenants, canWrite, isSuperAdmin }: { tenants: TenantOption[]; canWrite: boolean; isSuperAdmin: boolean }) {
  const [inviting, setInviting] = useState(false);
  const filters: DataTableFilter[] = [
    { key: 'role', label: 'Role', options: roles.map((r) => ({ value: r, label: roleLabel(r) })) },
    { key: 'status', label: 'Status', options: [{ value: 'active', label: 'Active' }, { value: 'disabled', label: 'Disabled' }] },
    ...(tenants.length > 1 ? [{ key: 'tenant', label: 'Tenant', options: tenants.map((t) => ({ value: t.id, label: t.name })) }] : []),
  ];
  const list = useListQuery<UserListRow>({ queryKey: userKeys.all, endpoint: userUrls.list, defaults: { sort: 'name' }, filterKeys: ['role', 'status', 'tenant'] });
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Users & Roles', href: '/users' }, { label: 'Users' }]}
        title="Users"
        description="Every account on the platform: staff, reseller admins, customers and carriers."
        actions={canWrite ? [{ key: 'invite-user', label: 'Invite user', onSelect: () => setInviting(true) }] : []}
      />
      <div className="p-6">
        <FixedColumnTable
          label="Users"
          columns={columns}
          list={list}
          getRowId={(u) => u.id}
          rowHref={(u) => `/users/${u.id}`}
          sortable={['name', 'email', 'createdAt']}
          toolbar={{
            search: { placeholder: 'Search name or email…', label: 'Search users' },
            filters,
            actions: canWrite ? (
              <Button size="sm" onClick={() => setInviting(true)} data-testid="invite-user">
                Invite user
              </Button>
            ) : undefined,
          }}
          empty={{ title: 'No users yet', description: 'Invite the first user to give them access.' }}
          data-testid="users-table"
        />
      </div>
      {canWrite && <InviteUserDialog open={inviting} onOpenChange={setInviting} tenants={tenants} isSuperAdmin={isSuperAdmin} />}
    </>
  );
}
