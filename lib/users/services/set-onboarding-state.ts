import { eq } from 'drizzle-orm';
import { users, type UserRow } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, type Ctx } from '@/lib/context';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { assertNotSelf, loadUser, userScope } from '../access';
import { missingOnboardingDetails, setOnboardingStateSchema, type SetOnboardingStateInput } from '../schemas';

/**
 * A super admin moves a user to any state of the onboarding gate, audited. Activating needs the
 * wizard's details (company, category, currency, accepted terms) or an explicit force with a
 * reason, which the audit event keeps with what was missing. Moving an active user back closes
 * their customer portal on their next request: the portal reads the state fresh and sends anyone
 * not active to the onboarding wizard, where they can finish (and reactivate) themselves.
 */
export async function setOnboardingState({ ctx, input }: { ctx: Ctx; input: SetOnboardingStateInput }): Promise<UserRow> {
  assertPermission(ctx, 'users.onboarding');
  if (ctx.actor.role !== 'super_admin') throw new ForbiddenError('Only a super admin changes onboarding states');
  const scope = userScope(ctx, 'users.write');
  const { id, state, force, reason } = parseInput(setOnboardingStateSchema, input);
  assertNotSelf(ctx, id, 'change the onboarding state of');
  return scope.run(async (tx) => {
    const before = await loadUser(tx, scope, id, true);
    if (before.onboardingState === state) return before;
    const missing = state === 'active' ? missingOnboardingDetails(before) : [];
    if (missing.length && !force) {
      throw new ValidationError([{ path: 'state', message: `onboarding is incomplete (missing ${missing.join(', ')}): activate anyway with a reason` }]);
    }
    const [after] = await tx.update(users).set({ onboardingState: state }).where(eq(users.id, id)).returning();
    await recordAudit(tx, ctx, {
      entity: 'user',
      entityId: id,
      action: 'onboarding.set',
      before: { onboardingState: before.onboardingState },
      after: { onboardingState: state, forced: missing.length > 0, ...(missing.length ? { missing } : {}), ...(reason ? { reason } : {}) },
      tenantId: before.tenantId,
    });
    return after!;
  });
}
