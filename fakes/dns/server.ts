import dgram from 'node:dgram';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import dnsPacket from 'dns-packet';

/**
 * A local stand-in for "the customer's DNS provider": an authoritative DNS server on loopback that
 * answers TXT queries over UDP from records kept in this process's memory (they play the part of
 * the provider's zone, not of our data). Point a resolver at it (DNS_RESOLVER=127.0.0.1:<port>,
 * node:dns `Resolver.setServers`) and custom-domain verification runs end to end in the sandbox.
 *
 * The same address answers HTTP on TCP for the provider's "control panel", under /__fake:
 *   GET    /__fake/records                 every record set
 *   PUT    /__fake/records  {name, type: 'TXT', values}   replaces one record set (no values: deletes it)
 *   DELETE /__fake/records[?name=<name>]   clears one name, or everything
 * UDP and TCP ports are separate namespaces, so one host:port names both; DNS over TCP is not
 * served (answers stay small enough for UDP, see MAX_SET_CHARS).
 */

export type FakeDnsRecordSet = { name: string; type: 'TXT'; values: string[]; updatedAt: string };

export type FakeDns = {
  /** host:port, the value for DNS_RESOLVER (and node:dns `setServers`). */
  server: string;
  /** Origin of the HTTP control endpoints (/__fake/records). */
  origin: string;
  host: string;
  port: number;
  close: () => Promise<void>;
};

const TTL_SECONDS = 60;
const MAX_BODY_BYTES = 16 * 1024;
/** A TXT string holds at most 255 bytes; longer values are split into several strings, as providers do. */
const TXT_CHUNK_BYTES = 255;
const MAX_VALUES = 5;
/** Keeps every answer far below the 512 bytes a UDP answer may always use, so nothing is ever truncated. */
const MAX_SET_CHARS = 400;
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;

class BadRequest extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** Lowercase, no trailing dot; throws for anything that is not a DNS name. */
export function normalizeDnsName(value: unknown): string {
  if (typeof value !== 'string') throw new BadRequest(400, 'name must be a string');
  const name = value.trim().toLowerCase().replace(/\.$/, '');
  if (name.length === 0 || name.length > 253 || !name.split('.').every((l) => LABEL.test(l))) {
    throw new BadRequest(400, `name is not a DNS name: ${JSON.stringify(value.slice(0, 300))}`);
  }
  return name;
}

function parseValues(value: unknown): string[] {
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new BadRequest(400, 'values must be an array of strings');
  const values = value as string[];
  if (values.length > MAX_VALUES) throw new BadRequest(400, `at most ${MAX_VALUES} values per record set`);
  if (values.some((v) => v.length === 0 || /[\u0000-\u001f\u007f]/.test(v))) throw new BadRequest(400, 'values must be non-empty printable text');
  if (values.reduce((n, v) => n + Buffer.byteLength(v), 0) > MAX_SET_CHARS) throw new BadRequest(400, `a record set holds at most ${MAX_SET_CHARS} bytes of text`);
  return [...new Set(values)];
}

function chunks(value: string): Buffer[] {
  const bytes = Buffer.from(value, 'utf8');
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += TXT_CHUNK_BYTES) out.push(bytes.subarray(i, i + TXT_CHUNK_BYTES));
  return out;
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
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BadRequest(413, 'request body too large');
    parts.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(parts).toString('utf8'));
  } catch {
    throw new BadRequest(400, 'body must be JSON');
  }
}

// Header bits (RFC 1035 4.1.1) not exported by name from dns-packet.
const RECURSION_DESIRED = 1 << 8;
const OPCODE_MASK = 0xf << 11;
const RCODE = { NOERROR: 0, FORMERR: 1, NXDOMAIN: 3, NOTIMP: 4 } as const;

/** The answer to one query packet, or null for something that is not a DNS query (dropped, as servers do). */
function answer(message: Buffer, zone: Map<string, FakeDnsRecordSet>): Buffer | null {
  if (message.length < 12) return null;
  const id = message.readUInt16BE(0);
  const rawFlags = message.readUInt16BE(2);
  if (rawFlags & 0x8000) return null; // a response: never answer one
  const base = (rawFlags & (OPCODE_MASK | RECURSION_DESIRED)) | dnsPacket.AUTHORITATIVE_ANSWER;
  const reply = (rcode: number, questions: dnsPacket.Question[] = [], answers: dnsPacket.Answer[] = []) =>
    dnsPacket.encode({ type: 'response', id, flags: base | rcode, questions, answers });
  let query: dnsPacket.Packet;
  try {
    query = dnsPacket.decode(message);
  } catch {
    return reply(RCODE.FORMERR);
  }
  const questions = query.questions ?? [];
  if ((rawFlags & OPCODE_MASK) !== 0) return reply(RCODE.NOTIMP, questions); // only QUERY (opcode 0)
  if (questions.length !== 1) return reply(RCODE.FORMERR, questions);
  const question = questions[0]!;
  const name = question.name.toLowerCase().replace(/\.$/, '');
  // A name exists when it holds records or has names below it (an "empty non-terminal").
  const exists = [...zone.keys()].some((n) => n === name || n.endsWith(`.${name}`));
  if (!exists) return reply(RCODE.NXDOMAIN, questions);
  const set = question.type === 'TXT' ? zone.get(name) : undefined;
  // A known name without records of the asked type: NOERROR with no answers ("NODATA").
  const answers: dnsPacket.Answer[] = set ? set.values.map((v) => ({ type: 'TXT', name: question.name, class: 'IN', ttl: TTL_SECONDS, data: chunks(v) })) : [];
  return reply(RCODE.NOERROR, questions, answers);
}

export async function startFakeDns(options: { port?: number; host?: string } = {}): Promise<FakeDns> {
  const host = options.host ?? '127.0.0.1';
  const zone = new Map<string, FakeDnsRecordSet>(); // by name; TXT is the only type served

  const control = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://fake-dns');
      const path = url.pathname.replace(/\/+$/, '') || '/';
      if (path !== '/__fake/records') return send(res, 404, { error: `No route for ${req.method} ${path}` });
      if (req.method === 'GET') return send(res, 200, { records: [...zone.values()] });
      if (req.method === 'DELETE') {
        const name = url.searchParams.get('name');
        if (name === null) zone.clear();
        else zone.delete(normalizeDnsName(name));
        return send(res, 204);
      }
      if (req.method === 'PUT') {
        const body = await readJson(req);
        if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequest(400, 'body must be a JSON object');
        const { name: rawName, type, values: rawValues } = body as Record<string, unknown>;
        if (type !== 'TXT') throw new BadRequest(400, 'type must be "TXT" (the only type this fake serves)');
        const name = normalizeDnsName(rawName);
        const values = parseValues(rawValues);
        if (values.length === 0) {
          zone.delete(name);
          return send(res, 204);
        }
        const set: FakeDnsRecordSet = { name, type: 'TXT', values, updatedAt: new Date().toISOString() };
        zone.set(name, set);
        return send(res, 200, set);
      }
      return send(res, 405, { error: 'Method not allowed' });
    } catch (error) {
      if (error instanceof BadRequest) return send(res, error.status, { error: error.message });
      return send(res, 500, { error: error instanceof Error ? error.message : 'internal error' });
    }
  });

  const udpType = host.includes(':') ? 'udp6' : 'udp4';
  const listen = async (port: number) => {
    const udp = dgram.createSocket(udpType);
    await new Promise<void>((resolve, reject) => {
      udp.once('error', reject);
      udp.bind(port, host, () => {
        udp.off('error', reject);
        resolve();
      });
    });
    const bound = udp.address().port;
    try {
      await new Promise<void>((resolve, reject) => {
        control.once('error', reject);
        control.listen(bound, host, () => {
          control.off('error', reject);
          resolve();
        });
      });
    } catch (error) {
      udp.close();
      throw error;
    }
    return udp;
  };
  // With port 0 the UDP port is chosen first; its TCP twin may be taken, so try a few times.
  let udp: dgram.Socket | undefined;
  for (let attempt = 0; !udp; attempt++) {
    try {
      udp = await listen(options.port ?? 0);
    } catch (error) {
      if (options.port || attempt >= 9) throw error;
    }
  }
  udp.on('message', (message, peer) => {
    const reply = answer(message, zone);
    if (reply) udp.send(reply, peer.port, peer.address);
  });
  // A malformed datagram or a send to a vanished client must never stop the server.
  udp.on('error', () => {});

  const { port } = control.address() as AddressInfo;
  const hostInUrl = host.includes(':') ? `[${host}]` : host;
  return {
    server: `${hostInUrl}:${port}`,
    origin: `http://${hostInUrl}:${port}`,
    host,
    port,
    close: async () => {
      await Promise.allSettled([
        new Promise<void>((resolve) => udp.close(() => resolve())),
        new Promise<void>((resolve, reject) => {
          control.close((err) => (err ? reject(err) : resolve()));
          control.closeAllConnections();
        }),
      ]);
    },
  };
}
