'use server';

import { headers } from 'next/headers';
import type { OnboardingActionResult, OnboardingStepInput } from '@/components/auth/onboarding-wizard';
import { sendWelcomeMail } from '@/lib/auth/emails';
import { originOf, portalHome } from '@/lib/auth/paths';
import { saveOnboarding, type OnboardingInput } from '@/lib/auth/services/save-onboarding';
import { getSessionUser } from '@/lib/auth/session';
import { AppError } from '@/lib/errors';
import { getOnboardingCtx } from '@/lib/http/request-context';
import { assertSameOrigin } from '@/lib/http/same-origin';
import { logger } from '@/lib/logger';

/** Saves one wizard step for the signed-in user; the welcome email follows the last one. */
export async function saveOnboardingStep(input: OnboardingStepInput): Promise<OnboardingActionResult> {
  const h = await headers();
  try {
    // Next refuses a foreign Origin itself; this also refuses a missing one, a sibling host's and another scheme.
    assertSameOrigin(h);
    const session = await getSessionUser(h);
    if (!session) return { ok: false, message: 'Your session has ended. Sign in again to continue.' };
    // The one context an unfinished account gets: every other route and action refuses it.
    const ctx = await getOnboardingCtx(h);
    const { user, completed } = await saveOnboarding({ ctx, input: input as OnboardingInput });
    if (completed) {
      const home = portalHome(session.target.portal);
      const loginUrl = home.startsWith('/') ? `${originOf(session.target.host)}${home}` : home;
      await sendWelcomeMail(session.target, user, loginUrl).catch((err: unknown) => logger.error({ err }, 'welcome email failed'));
    }
    return { ok: true, completed };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, message: error.message };
    logger.error({ err: error }, 'onboarding step failed');
    return { ok: false, message: 'Something went wrong on our side. Try again.' };
  }
}
