'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Form, TextFormField } from '@/components/ui/form';
import { useFormTypedBeforeHydration } from '@/components/ui/use-typed-before-hydration';
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
  const formRef = useFormTypedBeforeHydration(form);
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
      <form ref={formRef} method="post" onSubmit={form.handleSubmit(onSubmit)} className="space-y-4" noValidate data-testid="sign-up-form">
        {error ? <FormAlert>{error}</FormAlert> : null}
        <TextFormField control={form.control} name="name" label="Your name" autoComplete="name" />
        <TextFormField control={form.control} name="email" label="Work email" type="email" autoComplete="email" />
        <TextFormField control={form.control} name="password" label="Password" description={<>At least {MIN} characters.</>} type="password" autoComplete="new-password" />
        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting} data-testid="sign-up-submit">
          {form.formState.isSubmitting ? 'Creating your account…' : 'Create account'}
        </Button>
      </form>
    </Form>
  );
}
