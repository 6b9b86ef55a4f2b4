import type { UserRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { tenantTx, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { getTenantRef } from '@/lib/tenancy';
import { parseInput } from '@/lib/validation';
import { assertCanAssign, userScope } from '../access';
import { assertInvitable, createInvitedUser, sendCreatedInvitation } from '../invitations';
import { inviteUserSchema, type InviteUserInput } from '../schemas';

/**
 * Creates a user in a tenant with a role and emails them a link to choose their password (see
 * createInvitedUser): the caller may assign the role in that tenant, and the invitation is audited
 * as theirs.
 */
export async function inviteUser({ ctx, input }: { ctx: Ctx; input: InviteUserInput }): Promise<{ user: UserRow; invitationSent: boolean }> {
  const scope = userScope(ctx, 'users.write');
  const data = parseInput(inviteUserSchema, input);
  const tenantId = data.tenantId ?? ctx.tenant.id;
  if (scope.kind === 'tenant' && tenantId !== scope.tenantId) throw new NotFoundError('Tenant not found');

  const created = await tenantTx(ctx, tenantId, async (tx, ctx) => {
    const tenant = await getTenantRef(ctx, tenantId);
    assertInvitable(tenant);
    assertCanAssign(ctx, scope, data.role, tenant);
    const created = await createInvitedUser(ctx, tenant, { name: data.name, email: data.email, role: data.role });
    await recordAudit(tx, ctx, { entity: 'user', entityId: created.user.id, action: 'invite', after: { name: data.name, email: data.email, role: data.role }, tenantId });
    return created;
  });
  const user = created.user;
  const invitationSent = await sendCreatedInvitation(created);
  return { user, invitationSent };
}
