import { config } from '@/lib/config';
import { errorMessage, withoutBoundValues } from '@/lib/logger';

/** Stored and logged error text is capped: enough to diagnose, never a whole response body. */
export const ERROR_TEXT_MAX = 500;

const REDACTED = '[redacted]';
// Settings whose value is a credential; their values are scrubbed from any error text.
const SECRET_SETTING = /(_KEY|_KEY_ID|SECRET|TOKEN|PASSWORD|_PASS)$/i;
// Shorter values would scrub ordinary words out of messages.
const MIN_SECRET_LENGTH = 6;

const PATTERNS: Array<[RegExp, string]> = [
  // Header-like or query-like credentials: "api-key: x", "Authorization: Bearer x", "token=x".
  [
    /(api[-_]?key|x-api-key|authorization|proxy-authorization|cookie|set-cookie|secret|password|passwd|token|access[-_]?key(?:[-_]?id)?|signature)(["']?\s*[:=]\s*["']?)(?:bearer\s+|basic\s+)?[^\s"',;&]+/gi,
    `$1$2${REDACTED}`,
  ],
  [/\bbearer\s+[A-Za-z0-9._~+/-]+=*/gi, `Bearer ${REDACTED}`],
  // Presigned S3 URLs carry the credential scope and signature in the query string.
  [/\b(X-Amz-(?:Signature|Credential|Security-Token)=)[^&\s"']+/gi, `$1${REDACTED}`],
  // user:password@ in URLs (database and SMTP URLs).
  [/(\/\/)[^/\s:@]+:[^/\s@]+@/g, `$1${REDACTED}@`],
  // Well-known key shapes: Brevo API/SMTP keys, Stripe keys, OpenAI keys.
  [/\bx(?:keysib|smtpsib)-[A-Za-z0-9-]+/g, REDACTED],
  [/\b(?:sk|rk|pk|whsec)_(?:live|test)_[A-Za-z0-9]+/g, REDACTED],
  [/\bsk-[A-Za-z0-9_-]{16,}/g, REDACTED],
];

function configuredSecrets(): string[] {
  const values = new Set<string>();
  for (const [name, value] of Object.entries(process.env)) {
    if (value && value.length >= MIN_SECRET_LENGTH && SECRET_SETTING.test(name)) values.add(value);
  }
  try {
    const c = config();
    for (const value of [c.R2_ACCESS_KEY_ID, c.R2_SECRET_ACCESS_KEY, c.brevoApiKey, c.appDbPassword]) {
      if (value && value.length >= MIN_SECRET_LENGTH) values.add(value);
    }
  } catch {
    // An invalid configuration is reported elsewhere; the environment scan above still applies.
  }
  // Longest first, so a secret containing another is scrubbed whole.
  return [...values].sort((a, b) => b.length - a.length);
}

/** Removes configured secret values and credential-looking fragments from a text. */
export function redactSecrets(text: string, extraSecrets: readonly string[] = []): string {
  let out = text;
  for (const secret of [...extraSecrets.filter((s) => s.length >= MIN_SECRET_LENGTH), ...configuredSecrets()]) {
    out = out.split(secret).join(REDACTED);
  }
  for (const [pattern, replacement] of PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

/** The one-line, redacted, truncated description of a failure that is logged and stored. */
export function describeError(error: unknown, extraSecrets: readonly string[] = []): string {
  let text: string;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const causeCode = (error.cause as { code?: unknown } | undefined)?.code;
    // Without a failed query's bound values: this text is logged and stored.
    text = `${error.name}: ${errorMessage(error)}`;
    if (typeof code === 'string' && !text.includes(code)) text += ` (${code})`;
    if (typeof causeCode === 'string' && !text.includes(causeCode)) text += ` (${causeCode})`;
  } else {
    text = withoutBoundValues(typeof error === 'string' ? error : (JSON.stringify(error) ?? String(error)));
  }
  const clean = redactSecrets(text.replace(/\s+/g, ' ').trim(), extraSecrets);
  return clean.length > ERROR_TEXT_MAX ? `${clean.slice(0, ERROR_TEXT_MAX - 1)}…` : clean;
}
