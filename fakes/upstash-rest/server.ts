import { randomBytes, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { RespClient, RespError, SimpleString, type RespArg, type RespReply } from './resp';

/**
 * A loopback server speaking the Upstash Redis REST protocol, forwarding every command to a real
 * Redis over TCP. It lets the real Upstash adapter (@upstash/redis, @upstash/ratelimit) run end to
 * end against the Redis on the CI machine.
 *
 * Protocol (upstash.com/docs/redis/features/restapi): Bearer token (or ?_token=); POST / with a JSON
 * array command -> {result} | {error} (400); POST /pipeline and /multi-exec with an array of
 * commands -> [{result} | {error}, ...]; path-style /cmd/arg1/... with a POST body appended as the
 * last argument; with `Upstash-Encoding: base64` every string in the result is base64 except a
 * top-level "OK".
 */

export type UpstashRestBridge = {
  url: string;
  token: string;
  /** The name of the bridge's Redis connection in CLIENT LIST. */
  redisClientName: string;
  close: () => Promise<void>;
};

export type UpstashRestBridgeOptions = { redisUrl: string; token: string; port?: number; host?: string };

const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Commands that would block or change the state of the one shared connection. Upstash serves
 * transactions through /multi-exec and pub/sub through its own endpoints, not as plain commands.
 */
const REFUSED = new Set([
  'AUTH', 'HELLO', 'SELECT', 'QUIT', 'RESET', 'CLIENT', 'MONITOR', 'SYNC', 'PSYNC', 'SHUTDOWN',
  'MULTI', 'EXEC', 'DISCARD', 'WATCH', 'UNWATCH',
  'SUBSCRIBE', 'PSUBSCRIBE', 'SSUBSCRIBE', 'UNSUBSCRIBE', 'PUNSUBSCRIBE', 'SUNSUBSCRIBE',
  'BLPOP', 'BRPOP', 'BRPOPLPUSH', 'BLMOVE', 'BLMPOP', 'BZPOPMIN', 'BZPOPMAX', 'BZMPOP', 'WAIT', 'WAITAOF',
]);

/** Shebang flags real Redis 7 accepts; @upstash/ratelimit's scripts carry Upstash's own `allow-key-locking`. */
const REDIS_SCRIPT_FLAGS = new Set(['no-writes', 'allow-oom', 'allow-stale', 'no-cluster', 'allow-cross-slot-keys']);

class BadRequest extends Error {
  constructor(
    message: string,
    public readonly status = 400,
  ) {
    super(message);
  }
}

export async function startUpstashRestBridge(options: UpstashRestBridgeOptions): Promise<UpstashRestBridge> {
  const { redisUrl, token, port = 0, host = '127.0.0.1' } = options;
  if (!token) throw new Error('startUpstashRestBridge: a token is required');
  const redisClientName = `upstash-rest-bridge-${process.pid}-${randomBytes(4).toString('hex')}`;
  let redis = await RespClient.connect(redisUrl, redisClientName);
  let reconnecting: Promise<RespClient> | undefined;

  // A dropped connection (Redis restart) is replaced on the next request instead of failing forever.
  async function connection(): Promise<RespClient> {
    if (redis.isOpen) return redis;
    reconnecting ??= RespClient.connect(redisUrl, redisClientName).finally(() => (reconnecting = undefined));
    redis = await reconnecting;
    return redis;
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const status = error instanceof BadRequest ? error.status : 500;
      send(res, status, { error: error instanceof Error ? error.message : String(error) });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    if (!['GET', 'POST', 'PUT', 'HEAD'].includes(req.method ?? '')) throw new BadRequest('Method not allowed', 405);
    const url = new URL(req.url ?? '/', 'http://bridge');
    if (!authorized(req, url, token)) throw new BadRequest('Unauthorized', 401);
    const base64 = String(req.headers['upstash-encoding'] ?? '').toLowerCase() === 'base64';
    const body = await readBody(req);
    const path = url.pathname.replace(/\/+$/, '');

    if (path === '/pipeline' || path === '/multi-exec') {
      const commands = parseCommandList(body);
      const results = path === '/pipeline' ? await pipeline(await connection(), commands) : await multiExec(await connection(), commands);
      send(res, 200, results.map((r) => (r instanceof RespError ? { error: r.message } : { result: toJson(r, base64, true) })));
      return;
    }
    if (path === '/monitor' || path.startsWith('/subscribe') || path.startsWith('/publish')) {
      throw new BadRequest('ERR this endpoint is not served by the local Upstash REST bridge');
    }
    const command = path === '' ? parseCommand(body) : pathCommand(path, url, body);
    const [reply] = await pipeline(await connection(), [command]);
    if (reply instanceof RespError) throw new BadRequest(reply.message);
    send(res, 200, { result: toJson(reply ?? null, base64, true) });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}`,
    token,
    redisClientName,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The Upstash client keeps connections alive; without this close() would wait for them.
        server.closeAllConnections();
      });
      await redis.close();
    },
  };
}

function authorized(req: http.IncomingMessage, url: URL, token: string): boolean {
  const header = req.headers.authorization ?? '';
  const given = header.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : (url.searchParams.get('_token') ?? '');
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BadRequest('ERR max request size exceeded', 413);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function toArg(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function asCommand(value: unknown): string[] {
  if (!Array.isArray(value) || value.length === 0) throw new BadRequest('ERR a command must be a non-empty JSON array');
  return value.map(toArg);
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    throw new BadRequest('ERR the request body is not valid JSON');
  }
}

function parseCommand(body: string): string[] {
  return asCommand(parseJson(body));
}

function parseCommandList(body: string): string[][] {
  const list = parseJson(body);
  if (!Array.isArray(list) || list.length === 0) throw new BadRequest('ERR expected a non-empty JSON array of commands');
  return list.map(asCommand);
}

/** /set/foo?EX=100 with body "bar" is SET foo bar EX 100. */
function pathCommand(path: string, url: URL, body: string): string[] {
  const args = path.split('/').slice(1).map(decodeURIComponent);
  if (body.length) args.push(body);
  for (const [key, value] of url.searchParams) {
    if (key !== '_token') args.push(key, ...(value ? [value] : []));
  }
  return args;
}

/** Rewrites what real Redis would refuse and Upstash accepts; refuses what would break the shared connection. */
function prepare(command: string[]): RespArg[] {
  const name = command[0]!.toUpperCase();
  if (REFUSED.has(name)) throw new BadRequest(`ERR ${name} is not supported by the Upstash REST API`);
  const isScript = name === 'EVAL' || name === 'EVAL_RO' || (name === 'SCRIPT' && command[1]?.toUpperCase() === 'LOAD');
  if (isScript) {
    const at = name === 'SCRIPT' ? 2 : 1;
    const script = command[at];
    if (script !== undefined) return command.map((arg, i) => (i === at ? stripUnknownShebangFlags(script) : arg));
  }
  return command;
}

/**
 * Drops shebang flags unknown to Redis (keeping the line count, so error line numbers still match).
 * The script then hashes differently, so EVALSHA of the original hash answers NOSCRIPT and the
 * Upstash client falls back to EVAL: correct, one extra round trip, only against this bridge.
 */
export function stripUnknownShebangFlags(script: string): string {
  const match = /^#!lua(?:[ \t]+flags=([^\r\n]*))?/.exec(script);
  if (!match || match[1] === undefined) return script;
  const kept = match[1]
    .split(',')
    .map((f) => f.trim())
    .filter((f) => REDIS_SCRIPT_FLAGS.has(f));
  return `#!lua${kept.length ? ` flags=${kept.join(',')}` : ''}${script.slice(match[0].length)}`;
}

async function pipeline(redis: RespClient, commands: string[][]): Promise<RespReply[]> {
  const prepared: (RespArg[] | BadRequest)[] = commands.map((c) => {
    try {
      return prepare(c);
    } catch (error) {
      if (error instanceof BadRequest) return error;
      throw error;
    }
  });
  const sendable = prepared.filter((p): p is RespArg[] => !(p instanceof BadRequest));
  const replies = sendable.length ? await redis.batch(sendable) : [];
  let i = 0;
  return prepared.map((p) => (p instanceof BadRequest ? new RespError(p.message) : replies[i++]!));
}

/** MULTI ... EXEC written as one batch; a command refused while queueing discards the whole transaction. */
async function multiExec(redis: RespClient, commands: string[][]): Promise<RespReply[]> {
  const prepared = commands.map(prepare);
  const replies = await redis.batch([['MULTI'], ...prepared, ['EXEC']]);
  const exec = replies[replies.length - 1];
  if (exec instanceof RespError) {
    const cause = replies.slice(1, -1).find((r) => r instanceof RespError);
    throw new BadRequest(cause instanceof RespError ? `${exec.message}: ${cause.message}` : exec.message);
  }
  if (!Array.isArray(exec)) throw new BadRequest('ERR transaction aborted');
  return exec;
}

/** RESP reply -> the JSON Upstash returns. Nested strings are always encoded: the client decodes every one. */
function toJson(reply: RespReply, base64: boolean, topLevel: boolean): unknown {
  if (reply === null || typeof reply === 'number') return reply;
  if (Buffer.isBuffer(reply)) return base64 ? reply.toString('base64') : reply.toString('utf8');
  if (reply instanceof SimpleString) {
    if (!base64 || (topLevel && reply.value === 'OK')) return reply.value;
    return Buffer.from(reply.value, 'utf8').toString('base64');
  }
  if (reply instanceof RespError) return reply.message;
  return reply.map((item) => toJson(item, base64, false));
}
