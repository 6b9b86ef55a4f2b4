import { eq } from 'drizzle-orm';
import { customerAccounts, type CustomerAccountRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { customerScope, loadAccount } from '../access';
import { assertPlacement } from '../hierarchy';
import { updateCustomerAccountSchema } from '../schemas';
import { queueSyncPush } from '@/lib/sync/outbox';

/**
 * Changes an account's details; fields left out stay. The credit-limit rule (postpaid needs one,
 * prepaid has none) and the group-in-category rule are checked on the result. A closed account
 * is history and is not edited.
 */
export async function updateCustomerAccount({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateCustomerAccountSchema> }): Promise<CustomerAccountRow> {
  const scope = await customerScope(ctx, 'customers.write');
  const { id, ...changes } = parseInput(updateCustomerAccountSchema, input);
  if (scope.kind === 'account') throw new NotFoundError('Customer account not found');
  return scope.run(async (tx, ctx) => {
    const before = await loadAccount(tx, scope, id, true);
    if (before.status === 'closed') throw new ValidationError([{ path: 'status', message: 'a closed account cannot be edited' }]);
    const next = { ...before, ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) } as CustomerAccountRow;
    // Leaving postpaid drops the credit limit; a changed category without a group given leaves the old group only if it fits.
    if (next.billingModel === 'prepaid') next.creditLimitMinor = null;
    if (next.billingModel === 'postpaid' && next.creditLimitMinor === null)
      throw new ValidationError([{ path: 'creditLimitMinor', message: 'a postpaid account needs a credit limit' }]);
    if (changes.categoryId && changes.categoryId !== before.categoryId && changes.groupId === undefined) next.groupId = null;
    if (next.categoryId !== before.categoryId || next.groupId !== before.groupId) await assertPlacement(tx, next.categoryId, next.groupId);

    const patch = {
      company: next.company,
      billingContactName: next.billingContactName,
      billingEmail: next.billingEmail,
      country: next.country,
      billingCurrency: next.billingCurrency,
      billingModel: next.billingModel,
      creditLimitMinor: next.creditLimitMinor,
      categoryId: next.categoryId,
      groupId: next.groupId,
    };
    const [after] = await tx.update(customerAccounts).set(patch).where(eq(customerAccounts.id, id)).returning();
    await recordAudit(tx, ctx, { entity: 'customer_account', entityId: id, action: 'update', before, after, tenantId: before.tenantId });
    await queueSyncPush(tx, { tenantId: before.tenantId, entity: 'customer_account', entityId: id });
    return after!;
  });
}
