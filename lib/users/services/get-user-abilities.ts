import { can } from '@/lib/auth/permissions';
import { assertPermission, type Ctx } from '@/lib/context';

/** What the actor may do on the admin console's user pages (the buttons it shows). */
export type UserAdminAbilities = { canWrite: boolean; canImpersonate: boolean; canChangeOnboarding: boolean; isSuperAdmin: boolean; selfId: string };

/**
 * The page asks this service rather than recomputing the rules: the same conditions that
 * startImpersonation and setOnboardingState enforce (the services still check them on every call).
 */
export async function getUserAdminAbilities({ ctx }: { ctx: Ctx; input?: Record<string, never> }): Promise<UserAdminAbilities> {
  assertPermission(ctx, 'users.read');
  const { role, userId, isDevelopmentActor } = ctx.actor;
  return {
    canWrite: can(role, 'users.write'),
    // The sandbox development actor is no account: it cannot be recorded as an impersonator.
    canImpersonate: can(role, 'users.impersonate') && role === 'super_admin' && !isDevelopmentActor,
    canChangeOnboarding: can(role, 'users.onboarding') && role === 'super_admin',
    isSuperAdmin: role === 'super_admin',
    selfId: userId,
  };
}
