'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormField, FormItem, FormLabel, FormMessage, TextFormField } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { useFormTypedBeforeHydration } from '@/components/ui/use-typed-before-hydration';
import { authClient, describeAuthError } from '@/lib/auth/client';
import { FormAlert } from './auth-card';

const schema = z.object({
  email: z.email('Enter a valid email address'),
  password: z.string().min(1, 'Enter your password'),
});
type Values = z.infer<typeof schema>;

export type AfterSignIn = {
  /** Where a user whose onboarding is not finished goes (null on hosts without the wizard, e.g. admin). */
  onboarding: string | null;
  /** Where everyone else goes (an absolute URL when it is another host of the brand). */
  home: string;
  twoFactor: string;
};

/** Follows a completed sign-in: full navigation, so server-rendered pages see the new session cookie. */
export function continueAfterSignIn(user: unknown, to: AfterSignIn) {
  const state = (user as { onboardingState?: string } | null)?.onboardingState;
  window.location.assign(to.onboarding && state && state !== 'active' ? to.onboarding : to.home);
}

/** A sign-in refused because the account belongs to another portal (lib/auth/portal-access.ts): where to go instead. */
type WrongPortal = { message: string; portalName: string; portalUrl: string };

function wrongPortalOf(error: unknown): WrongPortal | null {
  const e = error as { code?: unknown; message?: unknown; portalName?: unknown; portalUrl?: unknown } | null;
  if (e?.code !== 'WRONG_PORTAL' || typeof e.message !== 'string' || typeof e.portalName !== 'string' || typeof e.portalUrl !== 'string') return null;
  // Only ever a link to a portal of this platform over http(s), whatever the answer said.
  if (!/^https?:\/\/[^/\\]+\/sign-in$/.test(e.portalUrl)) return null;
  return { message: e.message, portalName: e.portalName, portalUrl: e.portalUrl };
}

export function SignInForm({ after, forgotPasswordPath }: { after: AfterSignIn; forgotPasswordPath: string | null }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '', password: '' } });
  const formRef = useFormTypedBeforeHydration(form);
  const [error, setError] = useState<string | null>(null);
  const [wrongPortal, setWrongPortal] = useState<WrongPortal | null>(null);

  async function onSubmit(values: Values) {
    setError(null);
    setWrongPortal(null);
    const { data, error: failed } = await authClient.signIn.email(values);
    if (failed) {
      const elsewhere = wrongPortalOf(failed);
      if (elsewhere) setWrongPortal(elsewhere);
      else setError(describeAuthError(failed));
      return;
    }
    if (data && 'twoFactorRedirect' in data && data.twoFactorRedirect) {
      window.location.assign(after.twoFactor);
      return;
    }
    continueAfterSignIn(data && 'user' in data ? data.user : null, after);
  }

  return (
    <Form {...form}>
      <form ref={formRef} method="post" onSubmit={form.handleSubmit(onSubmit)} className="space-y-4" noValidate data-testid="sign-in-form">
        {error ? <FormAlert>{error}</FormAlert> : null}
        {wrongPortal ? (
          <FormAlert testId="wrong-portal">
            {wrongPortal.message}{' '}
            <a href={wrongPortal.portalUrl} className="font-medium underline underline-offset-4 hover:decoration-2" data-testid="wrong-portal-link">
              Go to {wrongPortal.portalName}
            </a>
          </FormAlert>
        ) : null}
        <TextFormField control={form.control} name="email" label="Email" type="email" autoComplete="username" />
        <FormField
          control={form.control}
          name="password"
          render={({ field }) => (
            <FormItem>
              <div className="flex items-center justify-between">
                <FormLabel>Password</FormLabel>
                {forgotPasswordPath ? (
                  <a href={forgotPasswordPath} className="text-sm text-primary underline underline-offset-4 hover:decoration-2" data-testid="forgot-password-link">
                    Forgot your password?
                  </a>
                ) : null}
              </div>
              <FormControl>
                <Input type="password" autoComplete="current-password" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting} data-testid="sign-in-submit">
          {form.formState.isSubmitting ? 'Signing in…' : 'Sign in'}
        </Button>
      </form>
    </Form>
  );
}
