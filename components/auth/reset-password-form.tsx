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

const MIN = 10;
const schema = z
  .object({
    password: z.string().min(MIN, `Use at least ${MIN} characters`).max(128, 'Use at most 128 characters'),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match' });
type Values = z.infer<typeof schema>;

export function ResetPasswordForm({ token, signInPath, forgotPasswordPath }: { token: string; signInPath: string; forgotPasswordPath: string }) {
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { password: '', confirm: '' } });
  const formRef = useFormTypedBeforeHydration(form);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function onSubmit(values: Values) {
    setError(null);
    const { error: failed } = await authClient.resetPassword({ token, newPassword: values.password });
    if (failed) setError(describeAuthError(failed));
    else setDone(true);
  }

  if (done) {
    return (
      <div className="space-y-4">
        <FormAlert kind="success" testId="reset-password-done">
          Your password has been changed and every other session has been signed out.
        </FormAlert>
        <Button asChild className="w-full">
          <a href={signInPath}>Sign in</a>
        </Button>
      </div>
    );
  }
  return (
    <Form {...form}>
      <form ref={formRef} method="post" onSubmit={form.handleSubmit(onSubmit)} className="space-y-4" noValidate data-testid="reset-password-form">
        {error ? (
          <FormAlert>
            {error}{' '}
            <a href={forgotPasswordPath} className="underline">
              Request a new link
            </a>
          </FormAlert>
        ) : null}
        <TextFormField control={form.control} name="password" label="New password" description={<>At least {MIN} characters.</>} type="password" autoComplete="new-password" />
        <TextFormField control={form.control} name="confirm" label="Repeat the new password" type="password" autoComplete="new-password" />
        <Button type="submit" className="w-full" disabled={form.formState.isSubmitting} data-testid="reset-password-submit">
          {form.formState.isSubmitting ? 'Saving…' : 'Set the new password'}
        </Button>
      </form>
    </Form>
  );
}
