'use client';

import { useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { useTypedBeforeHydration } from '@/components/ui/use-typed-before-hydration';
import { authClient, describeAuthError } from '@/lib/auth/client';
import { FormAlert } from './auth-card';
import { continueAfterSignIn, type AfterSignIn } from './sign-in-form';

/** The second step of signing in: a code from the authenticator app, or one of the backup codes. */
export function TwoFactorForm({ after, signInPath }: { after: AfterSignIn; signInPath: string }) {
  const [mode, setMode] = useState<'totp' | 'backup'>('totp');
  const [code, setCode] = useState('');
  const codeRef = useRef<HTMLInputElement>(null);
  useTypedBeforeHydration(codeRef, code, setCode);
  const [trustDevice, setTrustDevice] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setBusy(true);
    const value = code.trim();
    const result =
      mode === 'totp'
        ? await authClient.twoFactor.verifyTotp({ code: value.replace(/\s+/g, ''), trustDevice })
        : await authClient.twoFactor.verifyBackupCode({ code: value, trustDevice });
    setBusy(false);
    if (result.error) {
      setError(describeAuthError(result.error));
      return;
    }
    continueAfterSignIn(result.data?.user ?? null, after);
  }

  return (
    <form method="post" onSubmit={submit} className="space-y-4" data-testid="two-factor-form">
      {error ? <FormAlert>{error}</FormAlert> : null}
      <div className="grid gap-2">
        <Label htmlFor="two-factor-code">{mode === 'totp' ? 'Code from your authenticator app' : 'Backup code'}</Label>
        <Input
          ref={codeRef}
          id="two-factor-code"
          autoComplete="one-time-code"
          inputMode={mode === 'totp' ? 'numeric' : 'text'}
          pattern={mode === 'totp' ? '[0-9 ]{6,7}' : undefined}
          maxLength={mode === 'totp' ? 7 : 32}
          required
          autoFocus
          value={code}
          onChange={(e) => setCode(e.target.value)}
          data-testid="two-factor-code"
        />
      </div>
      <div className="flex items-center gap-2">
        <Checkbox id="trust-device" checked={trustDevice} onCheckedChange={(v) => setTrustDevice(v === true)} />
        <Label htmlFor="trust-device" className="font-normal">
          Trust this browser for 30 days
        </Label>
      </div>
      <Button type="submit" className="w-full" disabled={busy || !code.trim()} data-testid="two-factor-submit">
        {busy ? 'Checking…' : 'Verify'}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <button
          type="button"
          className="text-primary underline underline-offset-4 hover:decoration-2"
          onClick={() => {
            setMode(mode === 'totp' ? 'backup' : 'totp');
            setCode('');
            setError(null);
          }}
          data-testid="two-factor-switch"
        >
          {mode === 'totp' ? 'Use a backup code instead' : 'Use the authenticator app instead'}
        </button>
        <a href={signInPath} className="text-muted-foreground underline-offset-4 hover:underline">
          Start over
        </a>
      </div>
    </form>
  );
}
