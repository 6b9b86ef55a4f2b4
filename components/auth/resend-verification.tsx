'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { authClient, describeAuthError } from '@/lib/auth/client';
import { FormAlert } from './auth-card';

/** Sends the verification link again; asks for the address when it is not known. */
export function ResendVerification({ email: known, verifyEmailPath }: { email?: string; verifyEmailPath: string }) {
  const [email, setEmail] = useState(known ?? '');
  const [state, setState] = useState<{ kind: 'idle' | 'sending' } | { kind: 'sent' } | { kind: 'error'; message: string }>({ kind: 'idle' });

  async function resend(event: React.FormEvent) {
    event.preventDefault();
    setState({ kind: 'sending' });
    const { error } = await authClient.sendVerificationEmail({ email, callbackURL: verifyEmailPath });
    setState(error ? { kind: 'error', message: describeAuthError(error) } : { kind: 'sent' });
  }

  return (
    <form onSubmit={resend} className="space-y-3" data-testid="resend-verification">
      {state.kind === 'sent' ? <FormAlert kind="success">If an account is waiting for verification, a new link is on its way.</FormAlert> : null}
      {state.kind === 'error' ? <FormAlert>{state.message}</FormAlert> : null}
      {known ? null : (
        <div className="grid gap-2">
          <Label htmlFor="resend-email">Email</Label>
          <Input id="resend-email" type="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
      )}
      <Button type="submit" variant="outline" className="w-full" disabled={state.kind === 'sending' || !email}>
        {state.kind === 'sending' ? 'Sending…' : 'Send the link again'}
      </Button>
    </form>
  );
}
