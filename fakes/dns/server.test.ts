import dgram from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import dnsPacket from 'dns-packet';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeDns, type FakeDns } from './server';

let dns: FakeDns;
let resolver: Resolver;

async function put(body: unknown) {
  return fetch(`${dns.origin}/__fake/records`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

/** Sends one raw datagram and waits for the answer (null when the server stays silent). */
async function rawQuery(message: Buffer): Promise<Buffer | null> {
  const socket = dgram.createSocket('udp4');
  try {
    return await new Promise<Buffer | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), 500);
      socket.once('message', (reply) => {
        clearTimeout(timer);
        resolve(reply);
      });
      socket.send(message, dns.port, '127.0.0.1');
    });
  } finally {
    socket.close();
  }
}

beforeAll(async () => {
  dns = await startFakeDns({ port: 0 });
  resolver = new Resolver({ timeout: 1_000, tries: 1 });
  resolver.setServers([dns.server]);
});
afterAll(() => dns.close());
beforeEach(async () => {
  await fetch(`${dns.origin}/__fake/records`, { method: 'DELETE' });
});

describe('fake DNS server', () => {
  it('answers a published TXT record to node:dns Resolver, case-insensitively, and replaces the set on PUT', async () => {
    const res = await put({ name: '_didtron.Voice.Example.COM.', type: 'TXT', values: ['didtron-verify=abc', 'other'] });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: '_didtron.voice.example.com', values: ['didtron-verify=abc', 'other'] });
    expect((await resolver.resolveTxt('_didtron.voice.example.com')).map((c) => c.join('')).sort()).toEqual(['didtron-verify=abc', 'other']);
    expect((await resolver.resolveTxt('_DIDTRON.VOICE.example.com')).map((c) => c.join(''))).toHaveLength(2);

    await put({ name: '_didtron.voice.example.com', type: 'TXT', values: ['only-this'] });
    expect(await resolver.resolveTxt('_didtron.voice.example.com')).toEqual([['only-this']]);
    const listed = (await (await fetch(`${dns.origin}/__fake/records`)).json()) as { records: Array<{ name: string }> };
    expect(listed.records.map((r) => r.name)).toEqual(['_didtron.voice.example.com']);
  });

  it('splits values longer than 255 bytes into several strings of one record', async () => {
    const long = 'x'.repeat(300);
    await put({ name: 'long.example.com', type: 'TXT', values: [long] });
    const [record] = await resolver.resolveTxt('long.example.com');
    expect(record!.map((c) => c.length)).toEqual([255, 45]);
    expect(record!.join('')).toBe(long);
  });

  it('answers NXDOMAIN for unknown names and NODATA for a known name without TXT records', async () => {
    await expect(resolver.resolveTxt('_didtron.nowhere.example.com')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    await put({ name: '_didtron.voice.example.com', type: 'TXT', values: ['v'] });
    // voice.example.com holds no records but has a name below it.
    await expect(resolver.resolveTxt('voice.example.com')).rejects.toMatchObject({ code: 'ENODATA' });
    await expect(resolver.resolve4('_didtron.voice.example.com')).rejects.toMatchObject({ code: 'ENODATA' });
  });

  it('deletes one name, or everything', async () => {
    await put({ name: 'a.example.com', type: 'TXT', values: ['1'] });
    await put({ name: 'b.example.com', type: 'TXT', values: ['2'] });
    expect((await fetch(`${dns.origin}/__fake/records?name=a.example.com`, { method: 'DELETE' })).status).toBe(204);
    await expect(resolver.resolveTxt('a.example.com')).rejects.toMatchObject({ code: 'ENOTFOUND' });
    expect(await resolver.resolveTxt('b.example.com')).toEqual([['2']]);
    await put({ name: 'b.example.com', type: 'TXT', values: [] });
    await expect(resolver.resolveTxt('b.example.com')).rejects.toMatchObject({ code: 'ENOTFOUND' });
  });

  it('refuses hostile control requests with 4xx and keeps serving', async () => {
    const cases: unknown[] = [
      { name: 'bad name!', type: 'TXT', values: ['v'] },
      { name: 'a.example.com', type: 'A', values: ['1.2.3.4'] },
      { name: 'a.example.com', type: 'TXT', values: 'v' },
      { name: 'a.example.com', type: 'TXT', values: ['line\nbreak'] },
      { name: 'a.example.com', type: 'TXT', values: ['1', '2', '3', '4', '5', '6'] },
      { name: 'a.example.com', type: 'TXT', values: ['x'.repeat(401)] },
      { name: `${'a'.repeat(64)}.example.com`, type: 'TXT', values: ['v'] },
      { name: 42, type: 'TXT', values: ['v'] },
      [],
    ];
    for (const body of cases) expect((await put(body)).status, JSON.stringify(body).slice(0, 80)).toBe(400);
    expect((await fetch(`${dns.origin}/__fake/records`, { method: 'PUT', body: '{not json' })).status).toBe(400);
    expect((await fetch(`${dns.origin}/__fake/records`, { method: 'PUT', body: 'x'.repeat(20_000) })).status).toBe(413);
    expect((await fetch(`${dns.origin}/__fake/other`)).status).toBe(404);
    expect((await fetch(`${dns.origin}/__fake/records`, { method: 'POST' })).status).toBe(405);
    await put({ name: 'ok.example.com', type: 'TXT', values: ['still serving'] });
    expect(await resolver.resolveTxt('ok.example.com')).toEqual([['still serving']]);
  });

  it('answers FORMERR to a malformed query, drops non-queries, and keeps serving', async () => {
    const garbage = Buffer.from([0x12, 0x34, 0x01, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff]);
    const reply = await rawQuery(garbage);
    expect(reply).not.toBeNull();
    const decoded = dnsPacket.decode(reply!);
    expect(decoded.id).toBe(0x1234);
    expect((decoded as { rcode?: string }).rcode).toBe('FORMERR');
    expect(await rawQuery(Buffer.from([1, 2, 3]))).toBeNull();
    const response = dnsPacket.encode({ type: 'response', id: 7, questions: [{ type: 'TXT', name: 'x.example.com' }] });
    expect(await rawQuery(response)).toBeNull();
    await put({ name: 'ok.example.com', type: 'TXT', values: ['v'] });
    expect(await resolver.resolveTxt('ok.example.com')).toEqual([['v']]);
  });
});
