import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCommand, parseReply, RespClient, RespError, SimpleString } from './resp';
import { startUpstashRestBridge, stripUnknownShebangFlags, type UpstashRestBridge } from './server';

const REDIS_URL = process.env.REDIS_URL;
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

describe('RESP2 codec', () => {
  it('encodes commands as arrays of bulk strings, byte-counted', () => {
    expect(encodeCommand(['SET', 'k', 'ü']).toString('utf8')).toBe('*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$2\r\nü\r\n');
  });

  it('parses every reply type, and waits for a whole reply', () => {
    const wire = Buffer.from('+OK\r\n-ERR bad\r\n:42\r\n$-1\r\n$5\r\nhe\r\nl\r\n*2\r\n:1\r\n*-1\r\n');
    const out: unknown[] = [];
    for (let at = 0; at < wire.length; ) {
      const parsed = parseReply(wire, at)!;
      out.push(parsed.reply);
      at = parsed.next;
    }
    expect(out[0]).toEqual(new SimpleString('OK'));
    expect(out[1]).toBeInstanceOf(RespError);
    expect((out[1] as RespError).message).toBe('ERR bad');
    expect(out.slice(2)).toEqual([42, null, Buffer.from('he\r\nl'), [1, null]]);
    expect(parseReply(Buffer.from('$5\r\nhe'), 0)).toBeUndefined();
    expect(parseReply(Buffer.from('*2\r\n:1\r\n'), 0)).toBeUndefined();
  });
});

describe('stripUnknownShebangFlags', () => {
  it("drops Upstash's allow-key-locking and keeps flags Redis knows, line count unchanged", () => {
    expect(stripUnknownShebangFlags('#!lua flags=allow-key-locking\n  return 1')).toBe('#!lua\n  return 1');
    expect(stripUnknownShebangFlags('#!lua flags=allow-key-locking,no-writes\nreturn 1')).toBe('#!lua flags=no-writes\nreturn 1');
    expect(stripUnknownShebangFlags('return 1')).toBe('return 1');
    expect(stripUnknownShebangFlags('#!lua\nreturn 1')).toBe('#!lua\nreturn 1');
  });
});

describe.skipIf(!REDIS_URL)(`Upstash REST bridge to a real Redis${REDIS_URL ? '' : ' (skipped: REDIS_URL is not set)'}`, () => {
  let bridge: UpstashRestBridge;
  const ns = `bridge-test:${randomUUID()}:`;
  const call = (path: string, body: unknown, headers: Record<string, string> = {}, method = 'POST') =>
    fetch(`${bridge.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${bridge.token}`, ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  const json = async (res: Response) => ({ status: res.status, body: (await res.json()) as unknown });

  beforeAll(async () => {
    bridge = await startUpstashRestBridge({ redisUrl: REDIS_URL!, token: randomUUID() });
  });
  afterAll(async () => {
    await call('/', ['DEL', `${ns}a`, `${ns}h`, `${ns}n`, `${ns}t`, `${ns}p`]);
    await bridge.close();
  });

  it('refuses a missing or wrong token, and accepts ?_token=', async () => {
    expect(await json(await fetch(bridge.url, { method: 'POST', body: '["PING"]' }))).toEqual({ status: 401, body: { error: 'Unauthorized' } });
    expect((await call('/', ['PING'], { authorization: 'Bearer nope' })).status).toBe(401);
    expect(await json(await fetch(`${bridge.url}/?_token=${bridge.token}`, { method: 'POST', body: '["PING"]' }))).toEqual({ status: 200, body: { result: 'PONG' } });
  });

  it('runs a JSON-array command and answers {result}', async () => {
    expect(await json(await call('/', ['SET', `${ns}a`, 'hello', 'EX', 100]))).toEqual({ status: 200, body: { result: 'OK' } });
    expect(await json(await call('/', ['GET', `${ns}a`]))).toEqual({ status: 200, body: { result: 'hello' } });
    expect(await json(await call('/', ['GET', `${ns}missing`]))).toEqual({ status: 200, body: { result: null } });
    expect(await json(await call('/', ['TTL', `${ns}a`]))).toMatchObject({ status: 200, body: { result: expect.any(Number) } });
  });

  it('with Upstash-Encoding: base64 encodes every string but a top-level OK', async () => {
    const enc = { 'upstash-encoding': 'base64' };
    expect((await json(await call('/', ['SET', `${ns}a`, 'ü ✓'], enc))).body).toEqual({ result: 'OK' });
    expect((await json(await call('/', ['GET', `${ns}a`], enc))).body).toEqual({ result: b64('ü ✓') });
    expect((await json(await call('/', ['PING'], enc))).body).toEqual({ result: b64('PONG') });
    await call('/', ['HSET', `${ns}h`, 'f', 'v']);
    expect((await json(await call('/', ['HGETALL', `${ns}h`], enc))).body).toEqual({ result: [b64('f'), b64('v')] });
  });

  it('answers a failed command with 400 {error}', async () => {
    await call('/', ['SET', `${ns}n`, 'abc']);
    const res = await json(await call('/', ['INCR', `${ns}n`]));
    expect(res.status).toBe(400);
    expect((res.body as { error: string }).error).toMatch(/not an integer/);
    expect((await call('/', 'not json')).status).toBe(400);
    expect((await call('/', [])).status).toBe(400);
  });

  it('runs /pipeline in order with per-command results and errors', async () => {
    const res = await json(await call('/pipeline', [['SET', `${ns}p`, '1'], ['INCR', `${ns}p`], ['INCR', `${ns}n`], ['GET', `${ns}p`]]));
    expect(res.status).toBe(200);
    expect(res.body).toEqual([{ result: 'OK' }, { result: 2 }, { error: expect.stringMatching(/not an integer/) }, { result: '2' }]);
  });

  it('runs /multi-exec as one transaction and discards it whole on a refused command', async () => {
    const res = await json(await call('/multi-exec', [['SET', `${ns}t`, '5'], ['INCRBY', `${ns}t`, 3], ['GET', `${ns}t`]]));
    expect(res).toEqual({ status: 200, body: [{ result: 'OK' }, { result: 8 }, { result: '8' }] });
    const aborted = await json(await call('/multi-exec', [['SET', `${ns}t`, '0'], ['NOSUCHCOMMAND']]));
    expect(aborted.status).toBe(400);
    expect((aborted.body as { error: string }).error).toMatch(/EXECABORT/);
    expect((await json(await call('/', ['GET', `${ns}t`]))).body).toEqual({ result: '8' });
  });

  it('accepts the path form, with a POST body as the last argument and query options after it', async () => {
    expect((await json(await call(`/set/${encodeURIComponent(`${ns}a`)}?EX=100`, 'from body'))).body).toEqual({ result: 'OK' });
    expect((await json(await call(`/get/${encodeURIComponent(`${ns}a`)}`, undefined, {}, 'GET'))).body).toEqual({ result: 'from body' });
  });

  it("runs @upstash/ratelimit's shebang scripts that real Redis would refuse", async () => {
    const res = await json(await call('/', ['EVAL', '#!lua flags=allow-key-locking\nreturn ARGV[1]', 0, 'hi']));
    expect(res).toEqual({ status: 200, body: { result: 'hi' } });
  });

  it('refuses commands that would block or re-state the shared connection, and other methods', async () => {
    for (const cmd of [['SUBSCRIBE', 'x'], ['MULTI'], ['SELECT', '1'], ['BLPOP', 'x', '0']]) {
      const res = await json(await call('/', cmd));
      expect(res.status).toBe(400);
      expect((res.body as { error: string }).error).toMatch(/not supported/);
    }
    expect((await call('/', undefined, {}, 'DELETE')).status).toBe(405);
  });

  it('reconnects after its Redis connection is dropped', async () => {
    const admin = await RespClient.connect(REDIS_URL!);
    const list = String(await admin.command(['CLIENT', 'LIST']));
    const id = /id=(\d+) [^\n]* name=([^ ]+)/g;
    const ours = [...list.matchAll(id)].find((m) => m[2] === bridge.redisClientName)?.[1];
    expect(ours).toBeDefined();
    await admin.command(['CLIENT', 'KILL', 'ID', ours!]);
    await admin.close();
    await new Promise((r) => setTimeout(r, 100));
    expect(await json(await call('/', ['PING']))).toEqual({ status: 200, body: { result: 'PONG' } });
  });
});
