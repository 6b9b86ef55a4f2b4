import type { UserRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { assertCanAssign, userScope } from '../access';
import { createInvitedUser } from '../invitations';
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

  const { user, invitationSent } = await createInvitedUser(
    tenantId,
    { name: data.name, email: data.email, role: data.role },
    {
      check: (_tx, tenant) => assertCanAssign(ctx, scope, data.role, tenant),
      audit: (tx, created) => recordAudit(tx, ctx, { entity: 'user', entityId: created.id, action: 'invite', after: { name: data.name, email: data.email, role: data.role }, tenantId }),
    },
  );
  return { user, invitationSent };
}
