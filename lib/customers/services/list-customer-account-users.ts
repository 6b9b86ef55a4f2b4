import { assertPermission, type Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { listAccountMembers } from '@/lib/users/account-members';
import { customerScope, loadAccount } from '../access';

/** The users of a customer account (customers.read on the account and users.read). */
export async function listCustomerAccountUsers({ ctx, input }: { ctx: Ctx; input: { accountId: string; query: URLSearchParams } }) {
  const scope = await customerScope(ctx, 'customers.read');
  assertPermission(ctx, 'users.read');
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(input.accountId)) throw new ValidationError([{ path: 'id', message: 'must be a customer account id' }]);
  return scope.run(async (tx) => {
    await loadAccount(tx, scope, input.accountId);
    return listAccountMembers(tx, input.accountId, input.query);
  });
}
