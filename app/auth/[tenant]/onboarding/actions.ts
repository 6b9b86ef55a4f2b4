'use server';

import { sendWelcomeMail } from '@/lib/auth/emails';
import { originOf, portalHome } from '@/lib/auth/paths';
import { onboardingInput, saveOnboarding } from '@/lib/auth/services/save-onboarding';
import { getSessionUser } from '@/lib/auth/session';
import { UnauthorizedError } from '@/lib/errors';
import { action } from '@/lib/http/action';
import { logger } from '@/lib/logger';

const saveStep = action(
  {
    key: 'onboarding.save',
    permission: 'portal.use',
    input: onboardingInput,
    // The one context an unfinished account gets: every other route and action refuses it.
    gate: 'allow-onboarding',
    precondition: async (h) => {
      if (!(await getSessionUser(h))) throw new UnauthorizedError('Your session has ended. Sign in again to continue.');
    },
  },
  async ({ ctx, input, headers }) => {
    const { user, completed } = await saveOnboarding({ ctx, input });
    if (completed) {
      const session = await getSessionUser(headers);
      if (session) {
        const home = portalHome(session.target.portal);
        const loginUrl = home.startsWith('/') ? `${originOf(session.target.host)}${home}` : home;
        await sendWelcomeMail(session.target, user, loginUrl).catch((err: unknown) => logger.error({ err }, 'welcome email failed'));
      }
    }
    return { completed };
  },
);

/**
 * Saves one wizard step for the signed-in user; the welcome email follows the last one. Declared
 * as an async function: a "use server" file exports only those (the compiler checks the syntax).
 */
export async function saveOnboardingStep(input: unknown) {
  return saveStep(input);
}
