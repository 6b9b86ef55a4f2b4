import type { OnboardingState } from '@/db/schema';
import { ForbiddenError } from '@/lib/errors';
import { portalUrl } from '@/lib/tenancy/portal-url';
import type { Portal } from '@/lib/tenancy/resolve-host';
import { authPageUrl } from './paths';

/**
 * The onboarding gate (docs/DECISIONS.md, "The onboarding gate in the context"): until a user's
 * onboarding is `active`, their session and their API keys open nothing but the wizard's own steps.
 * The portal layout sends them to the wizard; this is what refuses every route, action and key.
 */
export class OnboardingIncompleteError extends ForbiddenError {
  constructor(state: OnboardingState, onboardingUrl: string) {
    const first = state === 'signed_up' ? 'Verify your email address, then finish' : 'Finish';
    super(`${first} setting up your account before using it: ${onboardingUrl}`, 'onboarding_incomplete', { onboardingState: state, onboardingUrl });
  }
}

/**
 * Refuses an account whose onboarding is unfinished, naming the wizard's address: on the host the
 * browser addressed when it serves the auth pages (sign-up and customer portals), else on the root
 * brand's sign-up host, where every root-tenant account (staff, carriers) can sign in.
 */
export function assertOnboarded(state: OnboardingState, at: { host: string | null; portal: Portal | null }): void {
  if (state === 'active') return;
  const { host, portal } = at;
  throw new OnboardingIncompleteError(state, host && portal ? authPageUrl({ host, portal }, '/onboarding') : portalUrl('signup', '/onboarding'));
}
