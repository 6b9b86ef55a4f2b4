import { randomBytes, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { withTenant } from '@/db/client';
import { apiKeys } from '@/db/schema';
import { describeError } from '@/lib/integrations/redact';
import { lookupSlug } from '@/lib/tenancy/host-lookup';
import { createLogger, errorMessage } from './logger';

/** The app's logger configuration writing into an array, one parsed object per line. */
function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', destination }), lines, text: () => lines.join('\n') };
}

let tenantId: string;
beforeAll(async () => {
  tenantId = (await lookupSlug('acme'))!.tenantId;
});

/** A real failed query (NUL in a bound text value) binding an id, a key hash and a marker string. */
async function failedQuery() {
  const values = { id: randomUUID(), hash: randomBytes(32).toString('hex'), marker: `marker-${randomUUID()}` };
  const error = await withTenant(tenantId, (tx) =>
    tx
      .select({ id: apiKeys.id })
      .from(apiKeys)
      .where(and(eq(apiKeys.id, values.id), eq(apiKeys.hash, values.hash), eq(apiKeys.name, `${values.marker}\u0000`))),
  ).then(
    () => expect.unreachable('PostgreSQL accepted NUL in text'),
    (e: unknown) => e as Error,
  );
  // What the logger must hide: Drizzle puts every bound value in its message.
  expect(error.message).toContain(values.hash);
  return { error, values };
}

describe('logger: no bound values in any log line', () => {
  it('drops the parameters of a failed query however the error is logged, and keeps what diagnoses it', async () => {
    const { error, values } = await failedQuery();
    const log = capture();
    log.logger.error({ err: error, endpoint: 'v1.keys.list' }, 'route failed');
    log.logger.error(error);
    log.logger.error(error, 'query failed');
    log.logger.error({ error }, 'under another key');
    log.logger.child({ component: 'better-auth' }).error({ tenant: 'acme', args: [error] }, error.message);
    log.logger.warn({ failed: [{ probe: 'db', error: describeError(error) }] }, 'probe failed');
    log.logger.error('failed: %s', error.message);

    expect(log.lines).toHaveLength(7);
    for (const secret of Object.values(values)) expect(log.text()).not.toContain(secret);
    const first = JSON.parse(log.lines[0]!) as { msg: string; err: { message: string; stack: string; cause: { code: string; message: string } } };
    expect(first.msg).toBe('route failed');
    expect(first.err.message).toMatch(/^Failed query: select .*"api_keys"/);
    expect(first.err.stack).toContain('Failed query: select');
    expect(first.err.cause).toMatchObject({ code: '22021', message: expect.stringContaining('invalid byte sequence') });
    const second = JSON.parse(log.lines[1]!) as { msg: string };
    expect(second.msg).toMatch(/^Failed query: select/);
  });

  it("drops postgres.js' parameters and PostgreSQL's detail, and the value a data exception quotes", () => {
    const email = `victim-${randomUUID()}@example.com`;
    const duplicate = Object.assign(new Error('duplicate key value violates unique constraint "users_tenant_email"'), {
      code: '23505',
      detail: `Key (tenant_id, email)=(x, ${email}) already exists.`,
      constraint_name: 'users_tenant_email',
    });
    // postgres.js makes these enumerable in debug mode.
    Object.defineProperty(duplicate, 'parameters', { value: [email], enumerable: true });
    Object.defineProperty(duplicate, 'query', { value: 'insert into users values ($1)', enumerable: true });
    const badUuid = Object.assign(new Error(`invalid input syntax for type uuid: "${email}"`), { code: '22P02' });

    const log = capture();
    log.logger.error({ err: duplicate }, 'insert failed');
    log.logger.error({ err: new Error('wrapped', { cause: badUuid }) }, 'lookup failed');
    expect(log.text()).not.toContain(email);
    expect(JSON.parse(log.lines[0]!)).toMatchObject({ err: { code: '23505', constraint_name: 'users_tenant_email', query: 'insert into users values ($1)' } });
    expect(errorMessage(badUuid)).toBe('invalid input syntax for type uuid: "[value]"');
  });

  it('still logs ordinary objects and errors as they are', () => {
    const log = capture();
    log.logger.info({ endpoint: 'x', status: 200, nested: { list: [1, 'two'] } }, 'request');
    log.logger.error({ err: Object.assign(new Error('boom'), { code: 'E_BOOM' }) }, 'failed');
    expect(JSON.parse(log.lines[0]!)).toMatchObject({ msg: 'request', endpoint: 'x', status: 200, nested: { list: [1, 'two'] } });
    expect(JSON.parse(log.lines[1]!)).toMatchObject({ msg: 'failed', err: { type: 'Error', message: 'boom', code: 'E_BOOM', stack: expect.stringContaining('Error: boom') } });
  });
});
