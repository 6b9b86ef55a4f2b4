import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { customerCategories, users, type UserRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { isBillingCurrency } from '@/lib/billing/currencies';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { createSignupCustomerAccount } from '@/lib/customers/services/create-customer-account';
import { parseInput, safeText } from '@/lib/validation';

export const onboardingInput = z.discriminatedUnion('step', [
  z.object({ step: z.literal('company'), companyName: safeText().trim().min(2, 'enter your company name').max(200) }),
  z.object({ step: z.literal('category'), customerCategory: z.enum(customerCategories, 'choose how you will use the service') }),
  z.object({
    step: z.literal('currency'),
    billingCurrency: z
      .string()
      .trim()
      .toUpperCase()
      .refine(isBillingCurrency, 'choose a currency from the list'),
  }),
  z.object({ step: z.literal('terms'), acceptTerms: z.literal(true, 'accept the terms of service to continue') }),
]);
export type OnboardingInput = z.input<typeof onboardingInput>;

const onboardingFields = (u: UserRow) => ({
  onboardingState: u.onboardingState,
  companyName: u.companyName,
  customerCategory: u.customerCategory,
  billingCurrency: u.billingCurrency,
  termsAcceptedAt: u.termsAcceptedAt,
});

/**
 * One step of the onboarding wizard, for the signed-in user's own account: verified ->
 * onboarding_incomplete on the first saved step, -> active when the terms are accepted with every
 * detail present. Steps may be saved in any order and again until the account is active.
 */
export async function saveOnboarding({ ctx, input }: { ctx: Ctx; input: OnboardingInput }): Promise<{ user: UserRow; completed: boolean }> {
  assertPermission(ctx, 'portal.use');
  if (ctx.actor.isDevelopmentActor) throw new ForbiddenError('Sign in with your own account to set it up');
  const data = parseInput(onboardingInput, input);
  return tenantTx(ctx, ctx.tenant.id, async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, ctx.actor.userId)).for('update');
    if (!before) throw new NotFoundError('Account not found');
    if (before.onboardingState === 'signed_up') throw new ForbiddenError('Verify your email address first');
    if (before.onboardingState === 'active') throw new ConflictError('Your account is already set up');

    let patch: Partial<UserRow>;
    switch (data.step) {
      case 'company':
        patch = { companyName: data.companyName, onboardingState: 'onboarding_incomplete' };
        break;
      case 'category':
        patch = { customerCategory: data.customerCategory, onboardingState: 'onboarding_incomplete' };
        break;
      case 'currency':
        patch = { billingCurrency: data.billingCurrency, onboardingState: 'onboarding_incomplete' };
        break;
      case 'terms': {
        const missing = [
          !before.companyName && { path: 'companyName', message: 'enter your company name first' },
          !before.customerCategory && { path: 'customerCategory', message: 'choose a customer category first' },
          !before.billingCurrency && { path: 'billingCurrency', message: 'choose a billing currency first' },
        ].filter((p): p is { path: string; message: string } => Boolean(p));
        if (missing.length) throw new ValidationError(missing);
        patch = { termsAcceptedAt: new Date(), onboardingState: 'active' };
        // A customer who signed up on its own founds its customer account (its onboarding
        // category becomes the account's); one invited into an account already belongs to it.
        if (!before.customerAccountId && before.role === 'customer_admin') {
          const account = await createSignupCustomerAccount(tx, ctx, {
            tenantId: before.tenantId,
            company: before.companyName!,
            contactName: before.name,
            email: before.email,
            categorySlug: before.customerCategory!,
            billingCurrency: before.billingCurrency!,
          });
          patch.customerAccountId = account.id;
        }
        break;
      }
    }
    const [after] = await tx.update(users).set(patch).where(eq(users.id, before.id)).returning();
    await recordAudit(tx, ctx, { entity: 'user', entityId: before.id, action: `onboarding.${data.step}`, before: onboardingFields(before), after: onboardingFields(after!) });
    return { user: after!, completed: after!.onboardingState === 'active' };
  });
}
