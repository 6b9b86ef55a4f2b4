'use client';

import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { authClient, describeAuthError } from '@/lib/auth/client';
import { FormAlert } from './auth-card';

type Setup = { totpURI: string; secret: string; backupCodes: string[] };

function Section({ title, children, testId }: { title: string; children: React.ReactNode; testId: string }) {
  return (
    <section className="space-y-3 border-t border-border pt-6 first:border-t-0 first:pt-0" data-testid={testId}>
      <h2 className="text-base font-semibold">{title}</h2>
      {children}
    </section>
  );
}

function BackupCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-2">
      <p className="text-sm">Keep these backup codes somewhere safe. Each one signs you in once if you lose your authenticator app.</p>
      <ul className="grid grid-cols-2 gap-1 rounded-md bg-muted p-3 font-mono text-sm" data-testid="backup-codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Two-factor authentication, password and sessions. Every change asks for the current password
 * again (re-authentication), whatever the age of the session.
 */
export function SecuritySettings({ twoFactorEnabled, signInPath }: { twoFactorEnabled: boolean; signInPath: string }) {
  const [enabled, setEnabled] = useState(twoFactorEnabled);
  const [password, setPassword] = useState('');
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [freshCodes, setFreshCodes] = useState<string[] | null>(null);
  const [tfaMessage, setTfaMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [pw, setPw] = useState({ current: '', next: '' });
  const [pwMessage, setPwMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(fn: () => Promise<T>): Promise<T> {
    setBusy(true);
    try {
      return await fn();
    } finally {
      setBusy(false);
    }
  }

  async function startSetup(event: React.FormEvent) {
    event.preventDefault();
    setTfaMessage(null);
    const { data, error } = await run(() => authClient.twoFactor.enable({ password }));
    if (error || !data || !('totpURI' in data)) return setTfaMessage({ kind: 'error', text: describeAuthError(error) });
    setSetup({ totpURI: data.totpURI, secret: new URL(data.totpURI).searchParams.get('secret') ?? '', backupCodes: data.backupCodes });
    setPassword('');
  }

  async function confirmSetup(event: React.FormEvent) {
    event.preventDefault();
    const { error } = await run(() => authClient.twoFactor.verifyTotp({ code: code.replace(/\s+/g, '') }));
    if (error) return setTfaMessage({ kind: 'error', text: describeAuthError(error) });
    setEnabled(true);
    setFreshCodes(setup?.backupCodes ?? null);
    setSetup(null);
    setCode('');
    setTfaMessage({ kind: 'success', text: 'Two-factor authentication is on. You will be asked for a code at every sign-in.' });
  }

  async function regenerate() {
    const { data, error } = await run(() => authClient.twoFactor.generateBackupCodes({ password }));
    if (error || !data) return setTfaMessage({ kind: 'error', text: describeAuthError(error) });
    setFreshCodes(data.backupCodes);
    setPassword('');
    setTfaMessage({ kind: 'success', text: 'New backup codes generated; the old ones no longer work.' });
  }

  async function disable() {
    const { error } = await run(() => authClient.twoFactor.disable({ password }));
    if (error) return setTfaMessage({ kind: 'error', text: describeAuthError(error) });
    setEnabled(false);
    setFreshCodes(null);
    setPassword('');
    setTfaMessage({ kind: 'success', text: 'Two-factor authentication is off.' });
  }

  async function changePassword(event: React.FormEvent) {
    event.preventDefault();
    setPwMessage(null);
    if (pw.next.length < 10) return setPwMessage({ kind: 'error', text: 'Use at least 10 characters for the new password.' });
    const { error } = await run(() => authClient.changePassword({ currentPassword: pw.current, newPassword: pw.next, revokeOtherSessions: true }));
    if (error) return setPwMessage({ kind: 'error', text: describeAuthError(error) });
    setPw({ current: '', next: '' });
    setPwMessage({ kind: 'success', text: 'Password changed. Every other session has been signed out.' });
  }

  async function signOut(everywhere: boolean) {
    await run(async () => {
      if (everywhere) await authClient.revokeSessions();
      await authClient.signOut();
    });
    window.location.assign(signInPath);
  }

  return (
    <div className="space-y-6">
      <Section title="Two-factor authentication" testId="security-2fa">
        <p className="text-sm text-muted-foreground">
          Status:{' '}
          <Badge variant={enabled ? 'default' : 'secondary'} data-testid="two-factor-status">
            {enabled ? 'On' : 'Off'}
          </Badge>
        </p>
        {tfaMessage ? <FormAlert kind={tfaMessage.kind}>{tfaMessage.text}</FormAlert> : null}
        {freshCodes ? <BackupCodes codes={freshCodes} /> : null}

        {setup ? (
          <form onSubmit={confirmSetup} className="space-y-3" data-testid="two-factor-setup">
            <p className="text-sm">
              Add this account to your authenticator app: open{' '}
              <a href={setup.totpURI} className="text-primary underline">
                the setup link
              </a>{' '}
              on your phone, or enter the key by hand.
            </p>
            <p className="break-all rounded-md bg-muted p-3 font-mono text-sm" data-testid="totp-secret">
              {setup.secret.match(/.{1,4}/g)?.join(' ')}
            </p>
            <div className="grid gap-2">
              <Label htmlFor="totp-confirm">Code from the app</Label>
              <Input id="totp-confirm" inputMode="numeric" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.target.value)} />
            </div>
            <Button type="submit" disabled={busy || !code.trim()} data-testid="two-factor-confirm">
              Turn on
            </Button>
          </form>
        ) : (
          <form onSubmit={enabled ? (e) => e.preventDefault() : startSetup} className="space-y-3">
            <div className="grid gap-2">
              <Label htmlFor="tfa-password">Current password</Label>
              <Input id="tfa-password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
            </div>
            {enabled ? (
              <div className="flex flex-wrap gap-2">
                <Button type="button" variant="outline" disabled={busy || !password} onClick={regenerate}>
                  New backup codes
                </Button>
                <Button type="button" variant="destructive" disabled={busy || !password} onClick={disable} data-testid="two-factor-disable">
                  Turn off
                </Button>
              </div>
            ) : (
              <Button type="submit" disabled={busy || !password} data-testid="two-factor-enable">
                Set up two-factor authentication
              </Button>
            )}
          </form>
        )}
      </Section>

      <Section title="Password" testId="security-password">
        {pwMessage ? <FormAlert kind={pwMessage.kind}>{pwMessage.text}</FormAlert> : null}
        <form onSubmit={changePassword} className="space-y-3">
          <div className="grid gap-2">
            <Label htmlFor="pw-current">Current password</Label>
            <Input id="pw-current" type="password" autoComplete="current-password" required value={pw.current} onChange={(e) => setPw({ ...pw, current: e.target.value })} />
          </div>
          <div className="grid gap-2">
            <Label htmlFor="pw-next">New password</Label>
            <Input id="pw-next" type="password" autoComplete="new-password" required value={pw.next} onChange={(e) => setPw({ ...pw, next: e.target.value })} />
          </div>
          <Button type="submit" disabled={busy}>
            Change password
          </Button>
        </form>
      </Section>

      <Section title="Sessions" testId="security-sessions">
        <div className="flex flex-wrap gap-2">
          <Button type="button" variant="outline" disabled={busy} onClick={() => signOut(false)} data-testid="sign-out">
            Sign out
          </Button>
          <Button type="button" variant="outline" disabled={busy} onClick={() => signOut(true)} data-testid="sign-out-everywhere">
            Sign out of all devices
          </Button>
        </div>
      </Section>
    </div>
  );
}
