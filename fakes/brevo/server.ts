import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for Brevo's API v3 (transactional email): same paths, headers, status codes and
 * error bodies ({ code, message }), so the real adapter runs end to end. Sent messages are kept in
 * this process's memory (they play the part of Brevo's servers, not of our data), newest first,
 * bounded to `maxMessages`. Inspection endpoints for development and tests live under /__fake
 * (GET /__fake/messages?to=<address>&tag=<tag>, DELETE /__fake/messages).
 */

export type FakeBrevoAddress = { email: string; name?: string };

export type FakeBrevoMessage = {
  messageId: string;
  receivedAt: string;
  sender: FakeBrevoAddress;
  to: FakeBrevoAddress[];
  cc?: FakeBrevoAddress[];
  bcc?: FakeBrevoAddress[];
  replyTo?: FakeBrevoAddress;
  subject: string;
  htmlContent?: string;
  textContent?: string;
  tags?: string[];
  headers?: Record<string, unknown>;
};

export type FakeBrevo = {
  /** Base URL to give the adapter as BREVO_API_URL, e.g. http://127.0.0.1:4590/v3 */
  apiUrl: string;
  origin: string;
  port: number;
  close: () => Promise<void>;
};

const MAX_BODY_BYTES = 25 * 1024 * 1024;
// Brevo keeps an idempotency key for 30 minutes.
const IDEMPOTENCY_TTL_MS = 30 * 60 * 1000;
const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;

class BadRequest extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(res: http.ServerResponse, status: number, body?: unknown) {
  if (body === undefined) {
    res.writeHead(status).end();
    return;
  }
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) }).end(json);
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest(413, 'bad_request', 'Request body too large');
    chunks.push(chunk);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(raw);
  } catch {
    throw new BadRequest(400, 'bad_request', 'Input must be a valid JSON object');
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function address(value: unknown, field: string): FakeBrevoAddress {
  if (!isObject(value)) throw new BadRequest(400, 'invalid_parameter', `${field} should be an object`);
  if (value.email === undefined || value.email === '') throw new BadRequest(400, 'missing_parameter', `${field}.email is missing`);
  if (typeof value.email !== 'string' || !EMAIL.test(value.email)) throw new BadRequest(400, 'invalid_parameter', `${field}.email is not valid`);
  if (value.name !== undefined && typeof value.name !== 'string') throw new BadRequest(400, 'invalid_parameter', `${field}.name should be a string`);
  return value.name ? { email: value.email, name: value.name } : { email: value.email };
}

function addressList(value: unknown, field: string, required: boolean): FakeBrevoAddress[] | undefined {
  if (value === undefined) {
    if (required) throw new BadRequest(400, 'missing_parameter', `${field} is missing`);
    return undefined;
  }
  if (!Array.isArray(value)) throw new BadRequest(400, 'invalid_parameter', `${field} should be an array`);
  if (required && value.length === 0) throw new BadRequest(400, 'missing_parameter', `${field} is missing`);
  return value.map((v, i) => address(v, `${field}[${i}]`));
}

/** The checks Brevo applies to POST /v3/smtp/email for a message without a stored template. */
function validateEmail(body: unknown): Omit<FakeBrevoMessage, 'messageId' | 'receivedAt'> {
  if (!isObject(body)) throw new BadRequest(400, 'bad_request', 'Input must be a valid JSON object');
  if (body.sender === undefined) throw new BadRequest(400, 'missing_parameter', 'sender is missing');
  const sender = address(body.sender, 'sender');
  const to = addressList(body.to, 'to', true)!;
  const cc = addressList(body.cc, 'cc', false);
  const bcc = addressList(body.bcc, 'bcc', false);
  const replyTo = body.replyTo === undefined ? undefined : address(body.replyTo, 'replyTo');
  if (typeof body.subject !== 'string' || body.subject.trim() === '') {
    throw new BadRequest(400, body.subject === undefined || body.subject === '' ? 'missing_parameter' : 'invalid_parameter', 'subject is missing');
  }
  const html = body.htmlContent;
  const text = body.textContent;
  if ((html === undefined || html === '') && (text === undefined || text === '')) {
    throw new BadRequest(400, 'missing_parameter', 'Either htmlContent, textContent or templateId is required');
  }
  if (html !== undefined && typeof html !== 'string') throw new BadRequest(400, 'invalid_parameter', 'htmlContent should be a string');
  if (text !== undefined && typeof text !== 'string') throw new BadRequest(400, 'invalid_parameter', 'textContent should be a string');
  if (body.tags !== undefined && (!Array.isArray(body.tags) || body.tags.some((t) => typeof t !== 'string'))) {
    throw new BadRequest(400, 'invalid_parameter', 'tags should be an array of strings');
  }
  if (body.headers !== undefined && !isObject(body.headers)) throw new BadRequest(400, 'invalid_parameter', 'headers should be an object');
  return {
    sender,
    to,
    ...(cc ? { cc } : {}),
    ...(bcc ? { bcc } : {}),
    ...(replyTo ? { replyTo } : {}),
    subject: body.subject,
    ...(typeof html === 'string' ? { htmlContent: html } : {}),
    ...(typeof text === 'string' ? { textContent: text } : {}),
    ...(body.tags ? { tags: body.tags as string[] } : {}),
    ...(body.headers ? { headers: body.headers as Record<string, unknown> } : {}),
  };
}

function newMessageId(): string {
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  return `<${stamp}.${randomBytes(10).toString('hex')}@smtp-relay.mailin.fr>`;
}

export async function startFakeBrevo(
  options: {
    port?: number;
    host?: string;
    /** Accepted API keys; when omitted any non-empty key is accepted. Unknown keys get 401. */
    apiKeys?: string[];
    maxMessages?: number;
  } = {},
): Promise<FakeBrevo> {
  const host = options.host ?? '127.0.0.1';
  const maxMessages = options.maxMessages ?? 1000;
  const accepted = options.apiKeys ? new Set(options.apiKeys) : undefined;
  const messages: FakeBrevoMessage[] = []; // newest first
  const idempotency = new Map<string, { messageId: string; at: number }>();

  function authorised(req: http.IncomingMessage): boolean {
    const key = req.headers['api-key'];
    return typeof key === 'string' && key.length > 0 && (!accepted || accepted.has(key));
  }

  function remember(message: FakeBrevoMessage) {
    messages.unshift(message);
    if (messages.length > maxMessages) messages.length = maxMessages;
  }

  function idempotentReplay(key: unknown): string | undefined {
    const now = Date.now();
    for (const [k, v] of idempotency) if (now - v.at > IDEMPOTENCY_TTL_MS) idempotency.delete(k);
    return typeof key === 'string' ? idempotency.get(key)?.messageId : undefined;
  }

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
      const path = url.pathname.replace(/\/+$/, '') || '/';

      if (path === '/__fake/messages') {
        if (req.method === 'GET') {
          const to = url.searchParams.get('to')?.toLowerCase();
          const tag = url.searchParams.get('tag');
          const list = messages.filter(
            (m) => (!to || [...m.to, ...(m.cc ?? []), ...(m.bcc ?? [])].some((a) => a.email.toLowerCase() === to)) && (!tag || (m.tags ?? []).includes(tag)),
          );
          return send(res, 200, { messages: list });
        }
        if (req.method === 'DELETE') {
          messages.length = 0;
          idempotency.clear();
          return send(res, 204);
        }
        return send(res, 405, { code: 'method_not_allowed', message: 'Method not allowed' });
      }

      if (path === '/v3/smtp/email') {
        if (req.method !== 'POST') return send(res, 405, { code: 'method_not_allowed', message: 'Method not allowed' });
        if (!authorised(req)) return send(res, 401, { code: 'unauthorized', message: 'Key not found' });
        const body = await readJson(req);
        const email = validateEmail(body);
        const key = email.headers?.idempotencyKey;
        const replayed = idempotentReplay(key);
        if (replayed) return send(res, 201, { messageId: replayed });
        const message: FakeBrevoMessage = { messageId: newMessageId(), receivedAt: new Date().toISOString(), ...email };
        remember(message);
        if (typeof key === 'string') {
          idempotency.set(key, { messageId: message.messageId, at: Date.now() });
          // The map is swept on every send; this caps it even under a burst of unique keys.
          if (idempotency.size > maxMessages) idempotency.delete(idempotency.keys().next().value!);
        }
        return send(res, 201, { messageId: message.messageId });
      }

      if (path === '/v3/account') {
        if (req.method !== 'GET') return send(res, 405, { code: 'method_not_allowed', message: 'Method not allowed' });
        if (!authorised(req)) return send(res, 401, { code: 'unauthorized', message: 'Key not found' });
        return send(res, 200, {
          organization_id: 'fake-organization',
          user_id: 1,
          email: 'sandbox@didtron.localhost',
          firstName: 'Sandbox',
          lastName: 'Fake',
          companyName: 'DIDTron sandbox (local fake Brevo)',
          address: { street: '1 Loopback Street', city: 'Localhost', zipCode: '00000', country: 'Nowhere' },
          plan: [{ type: 'free', creditsType: 'sendLimit', credits: 300 }],
          relay: { enabled: true, data: { userName: 'sandbox@didtron.localhost', relay: 'smtp-relay.brevo.com', port: 587 } },
        });
      }

      return send(res, 404, { code: 'not_found', message: `No route for ${req.method} ${path}` });
    } catch (error) {
      if (error instanceof BadRequest) return send(res, error.status, { code: error.code, message: error.message });
      return send(res, 500, { code: 'internal_error', message: error instanceof Error ? error.message : 'internal error' });
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host}:${port}`;
  return {
    apiUrl: `${origin}/v3`,
    origin,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
