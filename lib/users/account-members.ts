import { and, eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { users, userStatuses } from '@/db/schema';
import { defineListSpec, paginate, parseListQuery } from '@/lib/pagination';
import { invitationPending } from './access';

/**
 * The users of one customer account, for lib/customers (listCustomerAccountUsers), which has
 * checked that the caller may see the account and runs this in its transaction: the users table
 * stays this domain's.
 */
export const accountMemberListSpec = defineListSpec<'name' | 'email' | 'createdAt', 'status'>({
  sortable: { name: users.name, email: users.email, createdAt: users.createdAt },
  defaultSort: 'name',
  filters: { status: { column: users.status, values: userStatuses } },
  searchColumns: [users.name, users.email],
});

export function listAccountMembers(tx: Tx, accountId: string, input: URLSearchParams) {
  const query = parseListQuery(input, accountMemberListSpec);
  return paginate(query, { id: users.id }, (k) =>
    tx
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        status: users.status,
        invitationPending: invitationPending(),
        createdAt: users.createdAt,
        ...k.select,
      })
      .from(users)
      .where(and(eq(users.customerAccountId, accountId), k.where))
      .orderBy(...k.orderBy)
      .limit(k.limit),
  );
}

/** The customer account a user belongs to (null: none), for other domains. */
export async function customerAccountIdOf(tx: Tx, userId: string): Promise<string | null> {
  const [row] = await tx.select({ accountId: users.customerAccountId }).from(users).where(eq(users.id, userId));
  return row?.accountId ?? null;
}
