import { config } from '@/lib/config';
import { tenantMailTag } from '@/lib/tenancy/mail-tag';

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
 * The messages the local fake Brevo has received for one tenant (newest first), for the sandbox
 * mail viewer on that tenant's host: another brand's reset and verification links never show.
 * Null outside sandbox: production has no inbox to show.
 */
export async function listSandboxMail(
  tenantSlug: string,
  to?: string | null,
): Promise<{ ok: true; messages: SandboxMail[] } | { ok: false; error: string } | null> {
  const cfg = config();
  if (!cfg.isSandbox) return null;
  const tag = tenantMailTag(tenantSlug);
  const url = new URL('/__fake/messages', new URL(cfg.brevoApiUrl).origin);
  url.searchParams.set('tag', tag);
  if (to) url.searchParams.set('to', to);
  try {
    const res = await fetch(url, { cache: 'no-store', signal: AbortSignal.timeout(3000) });
    if (!res.ok) return { ok: false, error: `The fake Brevo at ${url.origin} answered ${res.status}` };
    const body = (await res.json()) as { messages: SandboxMail[] };
    // Checked here as well: whatever inbox BREVO_API_URL points at, this page shows one tenant's mail.
    return { ok: true, messages: body.messages.filter((m) => m.tags?.includes(tag)).slice(0, 100) };
  } catch {
    return { ok: false, error: `The fake Brevo at ${url.origin} is not reachable (npm start runs it)` };
  }
}
