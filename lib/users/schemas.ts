import { z } from 'zod';
import type { OnboardingState } from '@/db/schema/auth';
import { roles } from '@/lib/auth/permissions';
import { safeText } from '@/lib/validation';

/** Shared by the services and the admin forms, so both report the same field problems. */
export const inviteUserSchema = z.object({
  tenantId: z.uuid({ error: 'choose a tenant' }).optional(),
  name: safeText().trim().min(2, 'enter the person’s name').max(200),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email({ error: 'enter a valid email address' })),
  role: z.enum(roles, { error: 'choose a role' }),
});
export type InviteUserInput = z.input<typeof inviteUserSchema>;

export const changeRoleSchema = z.object({ id: z.uuid(), role: z.enum(roles, { error: 'choose a role' }) });

export const startImpersonationSchema = z.object({
  id: z.uuid(),
  reason: safeText()
    .trim()
    .max(500)
    .optional()
    .transform((v) => v || undefined),
});

/**
 * The onboarding gate in order (db/schema/auth.ts onboardingStates), repeated here so that browser
 * forms need not import the database schema; `satisfies` and a test keep the two lists equal.
 */
export const onboardingStateOptions = ['signed_up', 'verified', 'onboarding_incomplete', 'active'] as const satisfies readonly OnboardingState[];

/** The shortest reason accepted for activating an account whose onboarding is unfinished. */
export const FORCE_REASON_MIN = 5;

const onboardingStateFields = {
  state: z.enum(onboardingStateOptions, { error: 'choose an onboarding state' }),
  /** Activate although the onboarding details are incomplete; needs a reason. */
  force: z.boolean().default(false),
  // Typed in a textarea: line breaks are fine.
  reason: safeText({ multiline: true })
    .trim()
    .max(500, 'keep the reason under 500 characters')
    .optional()
    .transform((v) => v || undefined),
};

function requireForceReason(v: { force: boolean; reason?: string }, ctx: z.RefinementCtx) {
  if (v.force && (v.reason?.length ?? 0) < FORCE_REASON_MIN) {
    ctx.addIssue({ code: 'custom', path: ['reason'], message: `give a reason of at least ${FORCE_REASON_MIN} characters: it is recorded in the audit log` });
  }
}

/** The request body of POST /api/admin/users/[id]/onboarding (and the admin dialog's form). */
export const onboardingStateBodySchema = z.object(onboardingStateFields).superRefine(requireForceReason);
export const setOnboardingStateSchema = z.object({ id: z.uuid(), ...onboardingStateFields }).superRefine(requireForceReason);
export type SetOnboardingStateInput = z.input<typeof setOnboardingStateSchema>;

type OnboardingDetails = { companyName: string | null; customerCategory: string | null; billingCurrency: string | null; termsAcceptedAt: Date | string | null };

/** What the onboarding wizard still lacks for this account (empty when it could be active on its own). */
export function missingOnboardingDetails(u: OnboardingDetails): string[] {
  return [
    !u.companyName && 'company name',
    !u.customerCategory && 'customer category',
    !u.billingCurrency && 'billing currency',
    !u.termsAcceptedAt && 'accepted terms',
  ].filter((m): m is string => Boolean(m));
}
