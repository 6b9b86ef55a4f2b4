import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { tenants, users, userStatuses } from '@/db/schema';
import { roles } from '@/lib/auth/permissions';
import type { Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { invitationPending, notPlatformStaff, userScope } from '../access';

export const userListSpec = defineListSpec<'name' | 'email' | 'createdAt', 'tenant' | 'role' | 'status'>({
  sortable: { name: users.name, email: users.email, createdAt: users.createdAt },
  defaultSort: 'name',
  filters: {
    tenant: { column: users.tenantId, schema: z.uuid({ error: 'must be a tenant id' }) },
    role: { column: users.role, values: roles },
    status: { column: users.status, values: userStatuses },
  },
  searchColumns: [users.name, users.email],
});

/** The columns a user list shows: identity, tenant, role and state (invited until a password is set); nothing secret lives on users. */
export const userListColumns = {
  id: users.id,
  tenantId: users.tenantId,
  tenantSlug: tenants.slug,
  tenantName: tenants.name,
  name: users.name,
  email: users.email,
  role: users.role,
  status: users.status,
  emailVerified: users.emailVerified,
  twoFactorEnabled: users.twoFactorEnabled,
  onboardingState: users.onboardingState,
  invitationPending: invitationPending(),
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
};

/** Users across tenants for platform staff, or the tenant admin's own tenant's (staff accounts left out). */
export async function listUsers({ ctx, input }: { ctx: Ctx; input: URLSearchParams }) {
  const scope = userScope(ctx, 'users.read');
  const query = parseListQuery(input, userListSpec);
  return scope.run((tx) =>
    paginate(query, { id: users.id }, (k) =>
      tx
        .select({ ...userListColumns, ...k.select })
        .from(users)
        .innerJoin(tenants, eq(tenants.id, users.tenantId))
        .where(and(scope.kind === 'tenant' ? and(eq(users.tenantId, scope.tenantId!), notPlatformStaff()) : undefined, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
}
