import { customerCategories, type UserRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, type Ctx } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { getTenantRef } from '@/lib/tenancy';
import { createInvitedUser, sendCreatedInvitation } from '@/lib/users/invitations';
import { parseInput, type InputOf } from '@/lib/validation';
import { eq } from 'drizzle-orm';
import { customerCategoriesTable } from '@/db/schema';
import { customerScope, loadAccount } from '../access';
import { inviteCustomerAccountUserSchema } from '../schemas';

/**
 * Invites a person into a customer account as customer_admin or customer_user, through lib/users'
 * invitation flow (set-password link). Platform staff and the brand's tenant admin invite into any
 * account of their scope; a customer admin into its own account only. Not into a closed account.
 */
export async function inviteCustomerAccountUser({ ctx, input }: { ctx: Ctx; input: InputOf<typeof inviteCustomerAccountUserSchema> }): Promise<{ user: UserRow; invitationSent: boolean }> {
  const scope = await customerScope(ctx, 'customers.read');
  assertPermission(ctx, 'users.write');
  const data = parseInput(inviteCustomerAccountUserSchema, input);
  const created = await scope.run(async (tx, ctx) => {
    const account = await loadAccount(tx, scope, data.accountId, true);
    if (account.status === 'closed') throw new ConflictError('The account is closed');
    const tenant = await getTenantRef(ctx, account.tenantId);
    const [category] = await tx.select({ slug: customerCategoriesTable.slug }).from(customerCategoriesTable).where(eq(customerCategoriesTable.id, account.categoryId));
    const slug = (customerCategories as readonly string[]).includes(category?.slug ?? '') ? (category!.slug as (typeof customerCategories)[number]) : null;
    const created = await createInvitedUser(ctx, tenant, {
      name: data.name,
      email: data.email,
      role: data.role,
      customerAccount: { id: account.id, companyName: account.company, customerCategory: slug, billingCurrency: account.billingCurrency },
    });
    await recordAudit(tx, ctx, { entity: 'customer_account', entityId: account.id, action: 'user.invite', after: { userId: created.user.id, email: data.email, role: data.role }, tenantId: account.tenantId });
    await recordAudit(tx, ctx, { entity: 'user', entityId: created.user.id, action: 'invite', after: { name: data.name, email: data.email, role: data.role, customerAccountId: account.id }, tenantId: account.tenantId });
    return created;
  });
  const invitationSent = await sendCreatedInvitation(created);
  return { user: created.user, invitationSent };
}
