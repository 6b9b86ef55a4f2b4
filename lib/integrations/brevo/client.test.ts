import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBrevo, type FakeBrevo, type FakeBrevoMessage } from '@/fakes/brevo/server';
import { IntegrationNotConfiguredError } from '../errors';
import { callsSince } from '@/tests/support/integrations';
import { BrevoError, createBrevoClient, toBrevoIdempotencyKey, type BrevoSettings } from './client';
import { verificationEmail } from './templates';

const API_KEY = 'xkeysib-test-0123456789abcdef';
const FROM = { name: 'Acme Voice', email: 'no-reply@acme.example' };
let fake: FakeBrevo;

function client(overrides: Partial<BrevoSettings> = {}) {
  return createBrevoClient({ apiUrl: fake.apiUrl, apiKey: API_KEY, from: FROM, ...overrides });
}

async function inbox(to: string): Promise<FakeBrevoMessage[]> {
  const res = await fetch(`${fake.origin}/__fake/messages?to=${encodeURIComponent(to)}`);
  return ((await res.json()) as { messages: FakeBrevoMessage[] }).messages;
}

const recipient = () => `user-${randomUUID().slice(0, 8)}@example.com`;

beforeAll(async () => {
  fake = await startFakeBrevo({ port: 0, apiKeys: [API_KEY] });
});

afterAll(async () => {
  await fake?.close();
});

describe('brevo adapter against the fake Brevo server', () => {
  it('sends a rendered email that arrives at the fake with everything Brevo would get', async () => {
    const to = recipient();
    const email = verificationEmail({
      branding: { brandName: 'Acme Voice', primaryColor: '#B45309', supportEmail: 'help@acme.example' },
      recipientName: '<script>alert("x")</script> Jane',
      link: 'https://pbx.acme.example/verify?token=abc&x=1',
    });
    const { messageId } = await client().sendEmail({ to: { email: to, name: 'Jane' }, ...email, tags: ['verification'] });
    expect(messageId).toMatch(/^<[^@\s]+@smtp-relay\.mailin\.fr>$/);

    const [message, ...rest] = await inbox(to);
    expect(rest).toHaveLength(0);
    expect(message).toMatchObject({
      messageId,
      sender: FROM,
      to: [{ email: to, name: 'Jane' }],
      subject: 'Verify your email address for Acme Voice',
      tags: ['verification'],
    });
    expect(message!.htmlContent).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Jane');
    expect(message!.htmlContent).not.toContain('<script>');
    expect(message!.htmlContent).toContain('href="https://pbx.acme.example/verify?token=abc&amp;x=1"');
    expect(message!.textContent).toContain('https://pbx.acme.example/verify?token=abc&x=1');
  });

  it('lists messages newest first and can be cleared', async () => {
    const to = recipient();
    await client().sendEmail({ to, subject: 'first', html: '<p>1</p>', text: '1' });
    await client().sendEmail({ to, subject: 'second', html: '<p>2</p>', text: '2' });
    expect((await inbox(to)).map((m) => m.subject)).toEqual(['second', 'first']);
  });

  it('sends an idempotency key as a UUID, and a retry with the same key sends once', async () => {
    const to = recipient();
    const key = `verify:${randomUUID()}`;
    const first = await client().sendEmail({ to, subject: 'once', html: '<p>x</p>', text: 'x', idempotencyKey: key });
    const second = await client().sendEmail({ to, subject: 'once', html: '<p>x</p>', text: 'x', idempotencyKey: key });
    expect(second.messageId).toBe(first.messageId);
    const messages = await inbox(to);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.headers).toEqual({ idempotencyKey: toBrevoIdempotencyKey(key) });
    expect(toBrevoIdempotencyKey(key)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toBrevoIdempotencyKey(key)).toBe(toBrevoIdempotencyKey(key));
    expect(toBrevoIdempotencyKey(`${key}x`)).not.toBe(toBrevoIdempotencyKey(key));
  });

  it('maps a rejected API key to a typed 401 error carrying Brevo\'s code', async () => {
    const to = recipient();
    const error = await client({ apiKey: 'xkeysib-wrong' })
      .sendEmail({ to, subject: 's', html: '<p>h</p>', text: 't' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrevoError);
    expect(error).toMatchObject({ httpStatus: 401, brevoCode: 'unauthorized', upstreamStatus: 401, status: 502 });
    expect((error as Error).message).toBe('Brevo 401 unauthorized: Key not found');
    expect(await inbox(to)).toHaveLength(0);
  });

  it('refuses to send without an API key, with a typed not-configured error', async () => {
    const to = recipient();
    const error = await client({ apiKey: undefined })
      .sendEmail({ to, subject: 's', html: '<p>h</p>', text: 't' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IntegrationNotConfiguredError);
    expect(error).toMatchObject({ integration: 'brevo', status: 503, code: 'integration_not_configured' });
    expect(await inbox(to)).toHaveLength(0);
  });

  it('maps Brevo\'s 400 for a bad body (invalid sender) to a typed error with code and message', async () => {
    const error = await client({ from: { name: 'Broken', email: 'not-an-address' } })
      .sendEmail({ to: recipient(), subject: 's', html: '<p>h</p>', text: 't' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrevoError);
    expect(error).toMatchObject({ httpStatus: 400, brevoCode: 'invalid_parameter' });
    expect((error as Error).message).toContain('sender.email is not valid');
  });

  it('sends from the sender given with the email (a reseller) instead of the configured one', async () => {
    const to = recipient();
    await client({ from: { name: 'DIDTron', email: 'no-reply@didtron.example' } }).sendEmail({ to, subject: 's', html: '<p>h</p>', text: 't', from: { name: 'Acme Voice', email: 'no-reply@acme.example' } });
    expect((await inbox(to))[0]!.sender).toEqual({ name: 'Acme Voice', email: 'no-reply@acme.example' });
  });

  it.each(['Acme\r\nBcc: victim@example.com', '"Acme" <x@evil.example>', 'Acme\u202E', 'Back\\slash'])('refuses a sender name that would break the From header: %j', async (name) => {
    const to = recipient();
    await expect(client().sendEmail({ to, subject: 's', html: 'h', text: 't', from: { name, email: 'no-reply@acme.example' } })).rejects.toThrow();
    expect(await inbox(to)).toHaveLength(0);
  });

  it('validates input before calling Brevo', async () => {
    await expect(client().sendEmail({ to: 'not an email', subject: 's', html: 'h', text: 't' })).rejects.toThrow();
    await expect(client().sendEmail({ to: [], subject: 's', html: 'h', text: 't' })).rejects.toThrow();
  });

  it('turns a hung server into a typed timeout error', async () => {
    const hung = http.createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => hung.listen(0, '127.0.0.1', r));
    const port = (hung.address() as AddressInfo).port;
    try {
      const error = await client({ apiUrl: `http://127.0.0.1:${port}/v3`, timeoutMs: 200 })
        .sendEmail({ to: recipient(), subject: 's', html: 'h', text: 't' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BrevoError);
      expect(error).toMatchObject({ brevoCode: 'timeout', httpStatus: undefined });
    } finally {
      hung.closeAllConnections();
      await new Promise((r) => hung.close(r));
    }
  });

  it('turns an unreachable server into a typed network error', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const error = await client({ apiUrl: `http://127.0.0.1:${port}/v3` })
      .sendEmail({ to: recipient(), subject: 's', html: 'h', text: 't' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BrevoError);
    expect(error).toMatchObject({ brevoCode: 'network_error' });
    expect((error as Error).message).toContain('ECONNREFUSED');
  });

  it('tests the connection with GET /account, and fails it on a bad key', async () => {
    await expect(client().testConnection()).resolves.toEqual({ account: 'sandbox@didtron.localhost' });
    await expect(client({ apiKey: 'xkeysib-wrong' }).testConnection()).rejects.toMatchObject({ brevoCode: 'unauthorized' });
  });

  it('records sends in integration_calls, failures with redacted error text', async () => {
    const since = new Date();
    await client().sendEmail({ to: recipient(), subject: 'recorded', html: '<p>r</p>', text: 'r' });
    await client({ apiKey: 'xkeysib-wrong-but-secret' })
      .sendEmail({ to: recipient(), subject: 'recorded', html: '<p>r</p>', text: 'r' })
      .catch(() => {});
    const rows = (await callsSince('brevo', since)).filter((r) => r.operation === 'sendEmail');
    expect(rows.some((r) => r.ok && r.error === null)).toBe(true);
    const failed = rows.find((r) => !r.ok && r.error?.includes('Key not found'));
    expect(failed).toBeDefined();
    expect(failed!.error).not.toContain('xkeysib-wrong-but-secret');
  });
});

describe('the fake Brevo server speaks Brevo\'s protocol', () => {
  const post = (body: unknown, headers: Record<string, string> = { 'api-key': API_KEY }) =>
    fetch(`${fake.apiUrl}/smtp/email`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const valid = () => ({ sender: { email: 'a@b.example' }, to: [{ email: recipient() }], subject: 'Hi', htmlContent: '<p>x</p>' });

  it('answers 401 { code: unauthorized } without an api-key header', async () => {
    const res = await post(valid(), {});
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ code: 'unauthorized', message: 'Key not found' });
  });

  it.each([
    ['sender', { sender: undefined }, 'missing_parameter', 'sender is missing'],
    ['to', { to: undefined }, 'missing_parameter', 'to is missing'],
    ['empty to', { to: [] }, 'missing_parameter', 'to is missing'],
    ['bad to email', { to: [{ email: 'nope' }] }, 'invalid_parameter', 'to[0].email is not valid'],
    ['subject', { subject: undefined }, 'missing_parameter', 'subject is missing'],
    ['content', { htmlContent: undefined }, 'missing_parameter', 'Either htmlContent, textContent or templateId is required'],
    ['tags', { tags: 'x' }, 'invalid_parameter', 'tags should be an array of strings'],
  ])('answers 400 for a missing or bad %s', async (_name, patch, code, message) => {
    const res = await post({ ...valid(), ...patch });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ code, message });
  });

  it('accepts textContent alone and answers 201 { messageId }', async () => {
    const { htmlContent: _h, ...body } = { ...valid(), textContent: 'plain' };
    const res = await post(body);
    expect(res.status).toBe(201);
    expect(Object.keys(await res.json())).toEqual(['messageId']);
  });

  it('answers 400 bad_request to a body that is not JSON', async () => {
    const res = await fetch(`${fake.apiUrl}/smtp/email`, { method: 'POST', headers: { 'api-key': API_KEY, 'content-type': 'application/json' }, body: '{nope' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'bad_request' });
  });

  it('clears its inbox with DELETE /__fake/messages', async () => {
    const to = recipient();
    await post({ ...valid(), to: [{ email: to }] });
    expect(await inbox(to)).toHaveLength(1);
    expect((await fetch(`${fake.origin}/__fake/messages`, { method: 'DELETE' })).status).toBe(204);
    expect(await inbox(to)).toHaveLength(0);
  });
});
