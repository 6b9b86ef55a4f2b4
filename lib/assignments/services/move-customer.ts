import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, type Ctx } from '@/lib/context';
import { updateCustomerAccount } from '@/lib/customers';
import { hierarchyPlacement, type CustomerPlacement } from '@/lib/customers/placement';
import { parseInput, type InputOf } from '@/lib/validation';
import { buildEffectiveConfiguration, diffConfigurations, withReadableAccount } from '../effective';
import { moveSchema } from '../schemas';
import '../types';

async function previewIn(ctx: Ctx, placement: CustomerPlacement, categoryId: string, groupId: string | null) {
  const target = await hierarchyPlacement(ctx, categoryId, groupId);
  const moved: CustomerPlacement = { ...placement, categoryId, groupId, categoryName: target.categoryName, groupName: target.groupName };
  const before = await buildEffectiveConfiguration(ctx, placement);
  const after = await buildEffectiveConfiguration(ctx, moved);
  return {
    account: { id: placement.accountId, company: placement.company },
    from: { category: { id: placement.categoryId, name: placement.categoryName }, group: placement.groupId ? { id: placement.groupId, name: placement.groupName ?? '' } : null },
    to: { category: { id: categoryId, name: target.categoryName }, group: groupId ? { id: groupId, name: target.groupName ?? '' } : null },
    unchanged: placement.categoryId === categoryId && placement.groupId === groupId,
    changes: diffConfigurations(before, after),
  };
}

/**
 * What moving an account to another category/group would change for it, before anyone confirms:
 * items it gains or loses, values that change, values that stay but come from another level.
 * Nothing is written.
 */
export async function previewCustomerMove({ ctx, input }: { ctx: Ctx; input: InputOf<typeof moveSchema> }) {
  assertPermission(ctx, 'customers.write');
  const { accountId, categoryId, groupId } = parseInput(moveSchema, input);
  return withReadableAccount(ctx, accountId, (_tx, ctx, placement) => previewIn(ctx, placement, categoryId, groupId));
}

/**
 * Moves the account (through the customers domain's update service, which checks its own rules
 * and records its update) and records the move with the configuration diff that it caused, in the
 * same transaction.
 */
export async function moveCustomer({ ctx, input }: { ctx: Ctx; input: InputOf<typeof moveSchema> }) {
  assertPermission(ctx, 'customers.write');
  const { accountId, categoryId, groupId } = parseInput(moveSchema, input);
  return withReadableAccount(ctx, accountId, async (tx, ctx, placement) => {
    const preview = await previewIn(ctx, placement, categoryId, groupId);
    if (preview.unchanged) return preview;
    await updateCustomerAccount({ ctx, input: { id: accountId, categoryId, groupId } });
    await recordAudit(tx, ctx, { entity: 'customer_account', action: 'move', entityId: accountId, tenantId: placement.tenantId, before: preview.from, after: { ...preview.to, changes: preview.changes } });
    return preview;
  });
}
