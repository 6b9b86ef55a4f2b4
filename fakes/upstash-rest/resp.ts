import net from 'node:net';

/**
 * A minimal RESP2 client over TCP, written by hand so that the Upstash REST bridge needs no Redis
 * client package. One connection, commands pipelined in order: replies come back in the order the
 * commands were written, so a FIFO of waiting callers is enough to match them.
 */

export class RespError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RespError';
  }
}

/** A simple-string reply (+OK): kept apart from bulk strings because Upstash encodes them differently. */
export class SimpleString {
  constructor(public readonly value: string) {}
}

/** null for nil, number for integers, Buffer for bulk strings; errors inside arrays stay values. */
export type RespReply = null | number | Buffer | SimpleString | RespError | RespReply[];

export type RespArg = string | Buffer;

type Waiter = { resolve: (reply: RespReply) => void; reject: (error: Error) => void };

const CRLF = Buffer.from('\r\n');

export function encodeCommand(args: readonly RespArg[]): Buffer {
  const parts: Buffer[] = [Buffer.from(`*${args.length}\r\n`)];
  for (const arg of args) {
    const data = typeof arg === 'string' ? Buffer.from(arg, 'utf8') : arg;
    parts.push(Buffer.from(`$${data.length}\r\n`), data, CRLF);
  }
  return Buffer.concat(parts);
}

/** Parses one reply starting at offset; undefined when the buffer does not hold a whole reply yet. */
export function parseReply(buf: Buffer, offset: number): { reply: RespReply; next: number } | undefined {
  if (offset >= buf.length) return undefined;
  const lineEnd = buf.indexOf(CRLF, offset);
  if (lineEnd === -1) return undefined;
  const type = String.fromCharCode(buf[offset]!);
  const line = buf.toString('utf8', offset + 1, lineEnd);
  const after = lineEnd + 2;
  switch (type) {
    case '+':
      return { reply: new SimpleString(line), next: after };
    case '-':
      return { reply: new RespError(line), next: after };
    case ':':
      return { reply: Number(line), next: after };
    case '$': {
      const len = Number(line);
      if (len < 0) return { reply: null, next: after };
      if (buf.length < after + len + 2) return undefined;
      return { reply: Buffer.from(buf.subarray(after, after + len)), next: after + len + 2 };
    }
    case '*': {
      const count = Number(line);
      if (count < 0) return { reply: null, next: after };
      const items: RespReply[] = [];
      let next = after;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buf, next);
        if (!item) return undefined;
        items.push(item.reply);
        next = item.next;
      }
      return { reply: items, next };
    }
    default:
      throw new RespError(`Protocol error: unexpected reply type ${JSON.stringify(type)}`);
  }
}

export class RespClient {
  private buffer: Buffer = Buffer.alloc(0);
  private readonly waiting: Waiter[] = [];
  private closed = false;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('Redis connection closed')));
  }

  /**
   * Connects to redis://[user:password@]host:port[/db], authenticating and selecting the database;
   * clientName labels the connection in CLIENT LIST.
   */
  static async connect(redisUrl: string, clientName?: string): Promise<RespClient> {
    const url = new URL(redisUrl);
    if (url.protocol !== 'redis:') throw new Error(`Only redis:// URLs are supported, got ${url.protocol}`);
    const socket = await new Promise<net.Socket>((resolve, reject) => {
      const s = net.createConnection({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 6379) });
      s.once('connect', () => {
        s.off('error', reject);
        resolve(s);
      });
      s.once('error', reject);
    });
    socket.setNoDelay(true);
    const client = new RespClient(socket);
    if (url.password) {
      const user = decodeURIComponent(url.username);
      const password = decodeURIComponent(url.password);
      await client.command(user ? ['AUTH', user, password] : ['AUTH', password]);
    }
    const db = url.pathname.replace(/^\//, '');
    if (db) await client.command(['SELECT', db]);
    if (clientName) await client.command(['CLIENT', 'SETNAME', clientName]);
    return client;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Sends one command; an error reply rejects with RespError. */
  async command(args: readonly RespArg[]): Promise<RespReply> {
    const [reply] = await this.batch([args]);
    if (reply instanceof RespError) throw reply;
    return reply ?? null;
  }

  /**
   * Writes all commands in one write, so no other caller's command can land between them (this
   * is what keeps MULTI ... EXEC contiguous on the shared connection). Error replies are returned
   * as RespError values, not thrown.
   */
  batch(commands: readonly (readonly RespArg[])[]): Promise<RespReply[]> {
    if (this.closed) return Promise.reject(new Error('Redis connection is closed'));
    const replies = commands.map(
      () => new Promise<RespReply>((resolve, reject) => this.waiting.push({ resolve, reject })),
    );
    this.socket.write(Buffer.concat(commands.map(encodeCommand)));
    return Promise.all(replies);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.command(['QUIT']).catch(() => {});
    this.socket.destroy();
    this.closed = true;
  }

  private onData(chunk: Buffer) {
    this.buffer = this.buffer.length ? Buffer.concat([this.buffer, chunk]) : chunk;
    let offset = 0;
    try {
      for (;;) {
        const parsed = parseReply(this.buffer, offset);
        if (!parsed) break;
        offset = parsed.next;
        const waiter = this.waiting.shift();
        waiter?.resolve(parsed.reply);
      }
    } catch (error) {
      this.socket.destroy();
      this.fail(error as Error);
      return;
    }
    this.buffer = offset === this.buffer.length ? Buffer.alloc(0) : this.buffer.subarray(offset);
  }

  private fail(error: Error) {
    this.closed = true;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }
}
