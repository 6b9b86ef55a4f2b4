import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Fragment } from 'react';
import { FormAlert } from '@/components/auth/auth-card';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { listSandboxMail } from '@/lib/auth/dev-mail';

export const metadata: Metadata = { title: 'Sandbox mail' };

/** Plain text with every URL turned into a link (the verification and reset links e2e tests follow). */
function Linked({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="break-all text-primary underline" data-testid="mail-link">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

/** Sandbox only: what the app has "sent" for this host's tenant, as received by the local fake Brevo. */
export default async function SandboxMailPage({
  params,
  searchParams,
}: {
  params: Promise<{ tenant: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const to = (await searchParams).to;
  const filter = typeof to === 'string' && to.trim() ? to.trim() : null;
  // The proxy puts the host's tenant in this segment: each brand's viewer shows only its own mail.
  const result = await listSandboxMail((await params).tenant, filter);
  if (!result) notFound();
  return (
    <section aria-labelledby="mail-title" className="w-full max-w-3xl space-y-6" data-testid="sandbox-mail">
      <div>
        <h1 id="mail-title" className="text-xl font-semibold">
          Sandbox mail
        </h1>
        <p className="mt-1 text-sm text-muted-foreground">Emails this brand sent through the local fake Brevo, newest first. Nothing here reached a real inbox.</p>
      </div>
      <form className="flex items-end gap-2" method="get">
        <div className="grid flex-1 gap-2">
          <Label htmlFor="mail-to">Recipient</Label>
          <Input id="mail-to" name="to" type="email" defaultValue={filter ?? ''} placeholder="All recipients" />
        </div>
        <Button type="submit" variant="outline">
          Filter
        </Button>
      </form>
      {!result.ok ? <FormAlert>{result.error}</FormAlert> : null}
      {result.ok && result.messages.length === 0 ? <p className="text-sm text-muted-foreground">No messages{filter ? ` to ${filter}` : ''} yet.</p> : null}
      {result.ok ? (
        <ol className="space-y-4">
          {result.messages.map((m) => (
            <li key={m.messageId} className="rounded-lg border border-border bg-card p-4" data-testid="mail-message">
              <p className="font-medium" data-testid="mail-subject">
                {m.subject}
              </p>
              <p className="text-sm text-muted-foreground">
                To {m.to.map((a) => a.email).join(', ')} · from <span data-testid="mail-sender">{m.sender.name ? `${m.sender.name} <${m.sender.email}>` : m.sender.email}</span> ·{' '}
                <time dateTime={m.receivedAt}>{new Date(m.receivedAt).toISOString().replace('T', ' ').slice(0, 19)} UTC</time>
              </p>
              {m.textContent ? (
                <p className="mt-3 whitespace-pre-wrap text-sm">
                  <Linked text={m.textContent} />
                </p>
              ) : null}
              {m.htmlContent ? (
                <details className="mt-3">
                  <summary className="cursor-pointer text-sm text-muted-foreground">HTML version</summary>
                  {/* Sandboxed: the message renders without scripts and without our origin. */}
                  <iframe title={`HTML version of ${m.subject}`} sandbox="" srcDoc={m.htmlContent} className="mt-2 h-96 w-full rounded-md border border-border bg-white" />
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
