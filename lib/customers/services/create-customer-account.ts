import type { Tx } from '@/db/client';
import { customerAccounts, type CustomerAccountRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import type { AnyCtx, Ctx } from '@/lib/context';
import { NotFoundError, ValidationError } from '@/lib/errors';
import { getTenantRef } from '@/lib/tenancy';
import { parseInput, type InputOf } from '@/lib/validation';
import { customerScope } from '../access';
import { assertPlacement, categoryIdBySlug } from '../hierarchy';
import { createCustomerAccountSchema } from '../schemas';
import { queueSyncPush } from '@/lib/sync/outbox';

/** Creates a customer account in a brand: platform staff in any brand, a tenant admin in its own. */
export async function createCustomerAccount({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createCustomerAccountSchema> }): Promise<CustomerAccountRow> {
  const scope = await customerScope(ctx, 'customers.write');
  const data = parseInput(createCustomerAccountSchema, input);
  if (scope.kind === 'account') throw new NotFoundError('Tenant not found');
  const tenantId = scope.kind === 'tenant' ? scope.tenantId : (data.tenantId ?? ctx.tenant.id);
  if (scope.kind === 'tenant' && data.tenantId && data.tenantId !== scope.tenantId) throw new NotFoundError('Tenant not found');

  return scope.run(async (tx, ctx) => {
    if (scope.kind === 'platform') {
      const tenant = await getTenantRef(ctx, tenantId).catch(() => null);
      if (!tenant) throw new ValidationError([{ path: 'tenantId', message: 'choose an existing brand' }]);
    }
    await assertPlacement(tx, data.categoryId, data.groupId);
    const [row] = await tx
      .insert(customerAccounts)
      .values({
        tenantId,
        company: data.company,
        billingContactName: data.billingContactName,
        billingEmail: data.billingEmail,
        country: data.country,
        billingCurrency: data.billingCurrency,
        billingModel: data.billingModel,
        creditLimitMinor: data.billingModel === 'postpaid' ? (data.creditLimitMinor ?? null) : null,
        categoryId: data.categoryId,
        groupId: data.groupId ?? null,
      })
      .returning();
    await recordAudit(tx, ctx, { entity: 'customer_account', entityId: row!.id, action: 'create', after: row, tenantId });
    await queueSyncPush(tx, { tenantId, entity: 'customer_account', entityId: row!.id });
    return row!;
  });
}

/**
 * The account a completed sign-up creates (lib/auth saveOnboarding), in the caller's transaction:
 * the customer becomes its first customer_admin. The caller is the new customer (who holds no
 * customers.write), so this is a helper for that one flow, not a service: the caller has
 * checked that the user is finishing its own onboarding. Country is not asked at onboarding; the
 * customer gives it later (null until then).
 */
export async function createSignupCustomerAccount(
  tx: Tx,
  ctx: AnyCtx,
  input: { tenantId: string; company: string; contactName: string; email: string; categorySlug: string; billingCurrency: string },
): Promise<CustomerAccountRow> {
  const categoryId = await categoryIdBySlug(tx, input.categorySlug);
  if (!categoryId) throw new ValidationError([{ path: 'customerCategory', message: 'this category is no longer offered: choose another' }]);
  const [row] = await tx
    .insert(customerAccounts)
    .values({
      tenantId: input.tenantId,
      company: input.company,
      billingContactName: input.contactName.slice(0, 200) || input.company,
      billingEmail: input.email,
      country: null,
      billingCurrency: input.billingCurrency,
      billingModel: 'prepaid',
      categoryId,
    })
    .returning();
  await recordAudit(tx, ctx, { entity: 'customer_account', entityId: row!.id, action: 'create', after: row, tenantId: input.tenantId });
  await queueSyncPush(tx, { tenantId: input.tenantId, entity: 'customer_account', entityId: row!.id });
  return row!;
}
