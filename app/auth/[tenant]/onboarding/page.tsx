import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthCard } from '@/components/auth/auth-card';
import { OnboardingWizard } from '@/components/auth/onboarding-wizard';
import { authPageContext } from '@/lib/auth/page-context';
import { withNextPath } from '@/lib/auth/paths';
import { billingCurrencies } from '@/lib/billing/currencies';
import { saveOnboardingStep } from './actions';

export const metadata: Metadata = { title: 'Set up your account' };

export default async function OnboardingPage() {
  const ctx = await authPageContext();
  if (!ctx.session) redirect(withNextPath(ctx.pages.signIn, ctx.pages.onboarding));
  const { user } = ctx.session;
  if (user.onboardingState === 'signed_up') redirect(ctx.pages.verifyEmail);
  if (user.onboardingState === 'active') redirect(ctx.home);
  return (
    <AuthCard testId="onboarding" title="Set up your account" description={`Signed in as ${user.email}. Four short steps and you are ready.`}>
      <OnboardingWizard
        initial={{ companyName: user.companyName, customerCategory: user.customerCategory, billingCurrency: user.billingCurrency }}
        currencies={billingCurrencies}
        doneUrl={ctx.home}
        save={saveOnboardingStep}
      />
    </AuthCard>
  );
}
