import { config } from '@/lib/config';

export type SandboxMail = {
  messageId: string;
  receivedAt: string;
  sender: { email: string; name?: string };
  to: Array<{ email: string; name?: string }>;
  subject: string;
  htmlContent?: string;
  textContent?: string;
  tags?: string[];
};

/**
 * The messages the local fake Brevo has received (newest first), for the sandbox mail viewer.
 * Null outside sandbox: production has no inbox to show.
 */
export async function listSandboxMail(to?: string | null): Promise<{ ok: true; messages: SandboxMail[] } | { ok: false; error: string } | null> {
  const cfg = config();
  if (!cfg.isSandbox) return null;
  const url = new URL('/__fake/messages', new URL(cfg.brevoApiUrl).origin);
  if (to) url.searchParams.set('to', to);
  try {
    const res = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(3000) });
    if (!res.ok) return { ok: false, error: `The fake Brevo at ${url.origin} answered ${res.status}` };
    const body = (await res.json()) as { messages: SandboxMail[] };
    return { ok: true, messages: body.messages.slice(0, 100) };
  } catch {
    return { ok: false, error: `The fake Brevo at ${url.origin} is not reachable (npm start runs it)` };
  }
}
