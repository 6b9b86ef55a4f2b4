import { createHash } from 'node:crypto';
import { z } from 'zod';
import { config } from '@/lib/config';
import { IntegrationError, IntegrationNotConfiguredError } from '../errors';
import { callIntegration } from '../wrapper';

export type BrevoSettings = {
  /** Base URL including /v3, e.g. https://api.brevo.com/v3 or the local fake's. */
  apiUrl: string;
  apiKey: string | undefined;
  from: { name: string; email: string };
  timeoutMs?: number;
};

export type EmailAddress = string | { email: string; name?: string };

export type SendEmailInput = {
  to: EmailAddress | EmailAddress[];
  subject: string;
  html: string;
  text: string;
  tags?: string[];
  replyTo?: EmailAddress;
  /** The sender, when not the configured EMAIL_FROM (a reseller's own name and address). */
  from?: { email: string; name?: string };
  /**
   * Makes retries safe: Brevo processes one request per key within its TTL. Any stable string
   * (e.g. `verify:<userId>:<tokenId>`); it is turned into the UUID form Brevo asks for.
   */
  idempotencyKey?: string;
};

export type BrevoAccount = { email: string; companyName?: string; plan?: Array<{ type: string; credits?: number }> };

const DEFAULT_TIMEOUT_MS = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Brevo answered with an error status; carries Brevo's own `code` and `message`. */
export class BrevoError extends IntegrationError {
  readonly httpStatus: number | undefined;
  readonly brevoCode: string;

  constructor(httpStatus: number | undefined, brevoCode: string, message: string) {
    super('brevo', `Brevo ${httpStatus ?? 'request'} ${brevoCode}: ${message}`, { upstreamStatus: httpStatus, upstreamCode: brevoCode });
    this.httpStatus = httpStatus;
    this.brevoCode = brevoCode;
  }
}

const addressSchema = z.union([
  z.email().transform((email) => ({ email })),
  z.object({ email: z.email(), name: z.string().max(200).optional() }),
]);

const sendSchema = z.object({
  to: z.union([addressSchema, z.array(addressSchema).min(1).max(50)]).transform((v) => (Array.isArray(v) ? v : [v])),
  // Header injection is not possible through Brevo's JSON API, but a line break would still be a broken subject.
  subject: z.string().trim().min(1).max(998).transform((s) => s.replace(/[\r\n\t]+/g, ' ')),
  html: z.string().min(1),
  text: z.string().min(1),
  tags: z.array(z.string().min(1).max(100)).max(20).optional(),
  replyTo: addressSchema.optional(),
  // The JSON API builds the From header itself; a name that still carried a line break or a quote
  // would be a broken header, so it is refused here (lib/tenancy/email-sender.ts cleans names).
  from: z.object({ email: z.email(), name: z.string().max(200).regex(/^[^\p{Cc}\p{Cf}"<>\\]*$/u).optional() }).optional(),
  idempotencyKey: z.string().min(1).max(500).optional(),
});

/** Brevo wants a UUID; a caller's own stable key is mapped to one deterministically (UUIDv8 from SHA-256). */
export function toBrevoIdempotencyKey(key: string): string {
  if (UUID.test(key)) return key.toLowerCase();
  const h = createHash('sha256').update(key).digest();
  h[6] = (h[6]! & 0x0f) | 0x80;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

async function errorFromResponse(res: Response): Promise<BrevoError> {
  const raw = await res.text().catch(() => '');
  let code = `http_${res.status}`;
  let message = res.statusText || 'request failed';
  try {
    const body = JSON.parse(raw) as { code?: unknown; message?: unknown };
    if (typeof body.code === 'string') code = body.code;
    if (typeof body.message === 'string') message = body.message;
  } catch {
    if (raw) message = raw.slice(0, 200);
  }
  return new BrevoError(res.status, code, message);
}

function errorFromFetch(error: unknown, timeoutMs: number): BrevoError {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return new BrevoError(undefined, 'timeout', `no answer within ${timeoutMs / 1000} s`);
  }
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  return new BrevoError(undefined, 'network_error', `could not reach Brevo (${detail})`);
}

/** Transactional email through Brevo's API v3. Every request goes through the wrapper as "brevo". */
export function createBrevoClient(settings: BrevoSettings) {
  const apiUrl = settings.apiUrl.replace(/\/+$/, '');
  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Response> {
    if (!settings.apiKey) throw new IntegrationNotConfiguredError('brevo', 'BREVO_API_KEY is not set');
    let res: Response;
    try {
      res = await fetch(`${apiUrl}${path}`, {
        method,
        headers: {
          'api-key': settings.apiKey,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw errorFromFetch(error, timeoutMs);
    }
    if (!res.ok) throw await errorFromResponse(res);
    return res;
  }

  async function getAccount(): Promise<BrevoAccount> {
    const res = await request('GET', '/account');
    try {
      return (await res.json()) as BrevoAccount;
    } catch {
      throw new BrevoError(res.status, 'invalid_response', 'account response is not JSON');
    }
  }

  return {
    /** Sends one transactional email; resolves with Brevo's message id (`<...@smtp-relay.mailin.fr>`). */
    async sendEmail(input: SendEmailInput): Promise<{ messageId: string }> {
      const data = sendSchema.parse(input);
      const from = data.from ?? settings.from;
      const payload = {
        sender: from.name ? { name: from.name, email: from.email } : { email: from.email },
        to: data.to,
        subject: data.subject,
        htmlContent: data.html,
        textContent: data.text,
        ...(data.replyTo ? { replyTo: data.replyTo } : {}),
        ...(data.tags?.length ? { tags: data.tags } : {}),
        ...(data.idempotencyKey ? { headers: { idempotencyKey: toBrevoIdempotencyKey(data.idempotencyKey) } } : {}),
      };
      return callIntegration('brevo', 'sendEmail', async () => {
        const res = await request('POST', '/smtp/email', payload);
        const body = (await res.json().catch(() => null)) as { messageId?: unknown } | null;
        if (!body || typeof body.messageId !== 'string') throw new BrevoError(res.status, 'invalid_response', 'no messageId in the response');
        return { messageId: body.messageId };
      });
    },

    /** GET /account through the wrapper. */
    getAccount: () => callIntegration('brevo', 'getAccount', getAccount),

    /**
     * GET /account: proves the URL answers and the key is accepted. Not wrapped: the caller
     * (test-integration-connection) runs it through the wrapper.
     */
    async testConnection(): Promise<{ account: string }> {
      const account = await getAccount();
      return { account: account.email };
    },
  };
}

export type BrevoClient = ReturnType<typeof createBrevoClient>;

export function brevoSettingsFromConfig(): BrevoSettings {
  const c = config();
  return { apiUrl: c.brevoApiUrl, apiKey: c.brevoApiKey, from: c.emailFrom };
}

// One client for the process, rebuilt only if the settings change (a single entry, not a cache).
let current: { signature: string; client: BrevoClient } | undefined;

/** The Brevo client configured by lib/config (Brevo in production, the local fake in sandbox). */
export function brevo(): BrevoClient {
  const settings = brevoSettingsFromConfig();
  const signature = JSON.stringify(settings);
  if (current?.signature !== signature) current = { signature, client: createBrevoClient(settings) };
  return current.client;
}

export const sendEmail = (input: SendEmailInput) => brevo().sendEmail(input);
