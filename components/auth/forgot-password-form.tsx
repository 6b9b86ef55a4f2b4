'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { useTypedBeforeHydration } from '@/components/ui/use-typed-before-hydration';
import { authClient, describeAuthError } from '@/lib/auth/client';
import { FormAlert } from './auth-card';

export function ForgotPasswordForm({ resetPasswordPath }: { resetPasswordPath: string }) {
  const [email, setEmail] = useState('');
  const emailRef = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(emailRef, email, setEmail);
  const [state, setState] = useState<{ kind: 'idle' | 'sending' | 'sent' } | { kind: 'error'; message: string }>({ kind: 'idle' });

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setState({ kind: 'sending' });
    const { error } = await authClient.requestPasswordReset({ email, redirectTo: resetPasswordPath });
    setState(error ? { kind: 'error', message: describeAuthError(error) } : { kind: 'sent' });
  }

  if (state.kind === 'sent') {
    return (
      <FormAlert kind="success" testId="forgot-password-sent">
        If an account exists for {email}, we have sent it a link to choose a new password. The link expires in one hour.
      </FormAlert>
    );
  }
  return (
    <form method="post" onSubmit={submit} className="space-y-4" data-testid="forgot-password-form">
      {state.kind === 'error' ? <FormAlert>{state.message}</FormAlert> : null}
      <div className="grid gap-2">
        <Label htmlFor="forgot-email">Email</Label>
        <Input ref={emailRef} id="forgot-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <Button type="submit" className="w-full" disabled={state.kind === 'sending' || !email} data-testid="forgot-password-submit">
        {state.kind === 'sending' ? 'Sending…' : 'Send the reset link'}
      </Button>
    </form>
  );
}
