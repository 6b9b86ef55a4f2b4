import { eq, sql } from 'drizzle-orm';
import { customerAccounts, type CustomerAccountRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Ctx } from '@/lib/context';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { parseInput, type InputOf } from '@/lib/validation';
import { customerScope, loadAccount } from '../access';
import { setCustomerAccountStatusSchema } from '../schemas';
import { queueSyncPush } from '@/lib/sync/outbox';

/**
 * Suspends, closes or reactivates an account, with the reason recorded on the account and in the
 * audit log. Closing is final (an account's history stays attached to it): a closed account is
 * not reopened; a new one is created instead.
 */
export async function setCustomerAccountStatus({ ctx, input }: { ctx: Ctx; input: InputOf<typeof setCustomerAccountStatusSchema> }): Promise<CustomerAccountRow> {
  const scope = await customerScope(ctx, 'customers.write');
  const data = parseInput(setCustomerAccountStatusSchema, input);
  if (scope.kind === 'account') throw new NotFoundError('Customer account not found');
  return scope.run(async (tx, ctx) => {
    const before = await loadAccount(tx, scope, data.id, true);
    if (before.status === data.status) throw new ConflictError(`The account is already ${data.status}`);
    if (before.status === 'closed') throw new ConflictError('A closed account cannot be reopened');
    const [after] = await tx
      .update(customerAccounts)
      .set({ status: data.status, statusReason: data.reason, statusChangedAt: sql`now()` })
      .where(eq(customerAccounts.id, data.id))
      .returning();
    await recordAudit(tx, ctx, {
      entity: 'customer_account',
      entityId: data.id,
      action: `status.${data.status}`,
      before: { status: before.status },
      after: { status: data.status, reason: data.reason },
      tenantId: before.tenantId,
    });
    // Block/unblock on ConnexCS: the push sends the account's status (Active or Inactive).
    await queueSyncPush(tx, { tenantId: before.tenantId, entity: 'customer_account', entityId: data.id });
    return after!;
  });
}
