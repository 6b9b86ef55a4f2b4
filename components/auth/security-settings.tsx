'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Form, TextFormField } from '@/components/ui/form';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { authClient, describeAuthError, type AuthError } from '@/lib/auth/client';
import { FormAlert } from './auth-card';
import { TotpQrCode } from './totp-qr-code';

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

const changeEmailSchema = z.object({
  newEmail: z.string().trim().pipe(z.email('Enter a valid email address.')),
  password: z.string().min(1, 'Enter your current password.'),
});
type ChangeEmailValues = z.infer<typeof changeEmailSchema>;

/** Which field a refusal of /change-email belongs under (anything else is shown for the whole form). */
const EMAIL_FIELD_ERRORS: Record<string, keyof ChangeEmailValues> = {
  INVALID_EMAIL: 'newEmail',
  EMAIL_TAKEN: 'newEmail',
  EMAIL_IS_THE_SAME: 'newEmail',
  INVALID_PASSWORD: 'password',
  PASSWORD_REQUIRED: 'password',
  CREDENTIAL_ACCOUNT_NOT_FOUND: 'password',
};

/** What the confirmation link reports back (?email-change=done[&error=CODE]). */
export type EmailChangeOutcome = { error: string | null };

function linkOutcomeText(outcome: EmailChangeOutcome, email: string): string {
  switch (outcome.error) {
    case null:
      return `Your email address is now ${email}. Every other device has been signed out.`;
    case 'EMAIL_TAKEN':
      return 'Another account here now uses that address, so your email address did not change.';
    case 'EMAIL_CHANGE_CANCELLED':
      return 'This email change was cancelled: the session that asked for it has ended, the password was reset, or a newer change was requested. Request it again.';
    case 'INVALID_USER':
      return 'This confirmation link belongs to another account. Sign out, then open it again.';
    default:
      return 'This confirmation link is invalid, has expired or was already used. Request the change again.';
  }
}

/** The email address: a change needs the current password, and only happens once the new address confirms it. */
function ChangeEmail({ email, outcome }: { email: string; outcome?: EmailChangeOutcome }) {
  const form = useForm<ChangeEmailValues>({ resolver: zodResolver(changeEmailSchema), defaultValues: { newEmail: '', password: '' } });
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);

  async function onSubmit(values: ChangeEmailValues) {
    setMessage(null);
    const newEmail = values.newEmail.toLowerCase();
    const { error } = await authClient.$fetch('/change-email', { method: 'POST', body: { newEmail, password: values.password } });
    if (error) {
      const failed = error as AuthError;
      const field = failed.code ? EMAIL_FIELD_ERRORS[failed.code] : undefined;
      const text = failed.code === 'INVALID_PASSWORD' ? 'The password is not correct.' : describeAuthError(failed);
      if (field && failed.status !== 429) form.setError(field, { message: text }, { shouldFocus: true });
      else setMessage({ kind: 'error', text });
      return;
    }
    form.reset();
    setMessage({
      kind: 'success',
      text: `We have sent a confirmation link to ${newEmail}. Your address changes when you open it; until then you keep signing in with ${email}. We have also told ${email} about this request.`,
    });
  }

  return (
    <Section title="Email address" testId="security-email">
      <p className="text-sm text-muted-foreground">
        You sign in with{' '}
        <strong className="font-medium text-foreground" data-testid="current-email">
          {email}
        </strong>
        .
      </p>
      {outcome ? (
        <FormAlert kind={outcome.error ? 'error' : 'success'} testId="change-email-result">
          {linkOutcomeText(outcome, email)}
        </FormAlert>
      ) : null}
      {message ? (
        <FormAlert kind={message.kind} testId="change-email-message">
          {message.text}
        </FormAlert>
      ) : null}
      <Form {...form}>
        <form onSubmit={form.handleSubmit(onSubmit)} className="space-y-3" noValidate data-testid="change-email-form">
          <TextFormField
            control={form.control}
            name="newEmail"
            label="New email address"
            description="We send a confirmation link there; the address changes once you open it."
            type="email"
            autoComplete="email"
            data-testid="change-email-new"
          />
          <TextFormField control={form.control} name="password" label="Current password" type="password" autoComplete="current-password" data-testid="change-email-password" />
          <Button type="submit" disabled={form.formState.isSubmitting} data-testid="change-email-submit">
            {form.formState.isSubmitting ? 'Sending…' : 'Change email address'}
          </Button>
        </form>
      </Form>
    </Section>
  );
}

/**
 * Email address, two-factor authentication, password and sessions. Every change asks for the
 * current password again (re-authentication), whatever the age of the session. Without `email` the
 * email section is left out.
 */
export function SecuritySettings({
  twoFactorEnabled,
  signInPath,
  email,
  emailChange,
}: {
  twoFactorEnabled: boolean;
  signInPath: string;
  /** The signed-in user's current address. */
  email?: string;
  /** Set when the page was reached from an email change confirmation link. */
  emailChange?: EmailChangeOutcome;
}) {
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
      {email ? <ChangeEmail email={email} outcome={emailChange} /> : null}

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
              Add this account to your authenticator app: scan the QR code, open{' '}
              <a href={setup.totpURI} className="text-primary underline">
                the setup link
              </a>{' '}
              on your phone, or enter the key by hand.
            </p>
            <TotpQrCode uri={setup.totpURI} />
            <p className="text-sm text-muted-foreground">Key for entering by hand:</p>
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
