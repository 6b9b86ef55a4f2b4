import { assertPermission, type Ctx } from '@/lib/context';
import { parseInput, type InputOf } from '@/lib/validation';
import { buildEffectiveConfiguration, withReadableAccount } from '../effective';
import { accountIdSchema } from '../schemas';
import '../types';

/**
 * "Why does this customer see that?": every assignable setting of every registered type, its
 * effective value for the account and the level it came from (with what it overrides). Queries:
 * the account's placement, the assignments that reach it (one query for all types), then each
 * type's item list (none for the static types).
 */
export async function getEffectiveConfiguration({ ctx, input }: { ctx: Ctx; input: InputOf<typeof accountIdSchema> }) {
  assertPermission(ctx, 'customers.read');
  const { accountId } = parseInput(accountIdSchema, input);
  return withReadableAccount(ctx, accountId, async (_tx, ctx, placement) => ({
    account: {
      id: placement.accountId,
      tenantId: placement.tenantId,
      company: placement.company,
      accountNumber: placement.accountNumber,
      category: { id: placement.categoryId, name: placement.categoryName },
      group: placement.groupId ? { id: placement.groupId, name: placement.groupName ?? '' } : null,
    },
    precedence: ['customer', 'group', 'category', 'all'] as const,
    types: await buildEffectiveConfiguration(ctx, placement),
  }));
}
