'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { authClient, describeAuthError } from '@/lib/auth/client';
import { FormAlert } from './auth-card';
import { ResendVerification } from './resend-verification';

const MIN = 10;
const schema = z.object({
  name: z.string().trim().min(1, 'Enter your name').max(100),
  email: z.email('Enter a valid email address'),
  password: z.string().min(MIN, `Use at least ${MIN} characters`).max(128, 'Use at most 128 characters'),
});
type Values = z.infer<typeof schema>;

export function SignUpForm({ verifyEmailPath }: { verifyEmailPath: string }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: '', email: '', password: '' } });
  const [error, setError] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(values: Values) {
    setError(null);
    const { error: failed } = await authClient.signUp.email({ ...values, callbackURL: verifyEmailPath });
    if (failed) setError(describeAuthError(failed));
    else setSentTo(values.email);
  }

  if (sentTo) {
    return (
      <div className="space-y-4" data-testid="sign-up-sent">
        <FormAlert kind="success">
          We have sent a verification link to <strong>{sentTo}</strong>. Open it to activate your account.
        </FormAlert>
        <ResendVerification email={sentTo} verifyEmailPath={verifyEmailPath} />
      </div>
    );
  }

  return (
    <Form {...form}>
      <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-4" noValidate data-testid="sign-up-form">
        {error ? <FormAlert>{error}</FormAlert> : null}
        <FormField
          control={form.control}
          name="name"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Your name</FormLabel>
              <FormControl>
                <Input autoComplete="name" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="email"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Work email</FormLabel>
              <FormControl>
                <Input type="email" autoComplete="email" {...field} />
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="password"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Password</FormLabel>
              <FormControl>
                <Input type="password" autoComplete="new-password" {...field} />
              </FormControl>
              <FormDescription>At least {MIN} characters.</FormDescription>
              <FormMessage />
            </FormItem>
          )}
        />
        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting} data-testid="sign-up-submit">
          {form.formState.isSubmitting ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
    </Form>
  );
}
