// The app's request path from a real socket to a route handler, for tests (not a test file itself).
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { NextRequest } from 'next/server';
import { proxy } from '@/proxy';
import { appendSocketPeer } from '@/lib/http/client-address';

export type Handler = (req: NextRequest) => Promise<Response>;

/** The request body as text (the tests send JSON). */
async function bodyOf(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? Buffer.concat(chunks).toString('utf8') : undefined;
}

/**
 * A loopback HTTP server doing what scripts/web-server.ts and Next do before a handler runs: our
 * server appends the socket peer to X-Forwarded-For, Next fills its X-Forwarded-* defaults only
 * where absent (measured on Next 16.4, docs/DECISIONS.md), proxy() resolves host and client and
 * passes its request headers on, then the handler for the path answers.
 */
export async function startWebServer(handlers: Record<string, Handler>): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      appendSocketPeer(req);
      const port = (server.address() as AddressInfo).port;
      req.headers['x-forwarded-host'] ??= req.headers.host;
      req.headers['x-forwarded-port'] ??= String(port);
      req.headers['x-forwarded-proto'] ??= 'http';
      const url = `http://localhost:${port}${req.url}`;
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      const body = await bodyOf(req);
      const proxied = await proxy(new NextRequest(url, { method: req.method, headers, body }));
      let response: Response = proxied;
      const override = proxied.headers.get('x-middleware-override-headers');
      if (override !== null) {
        const forwarded = new Headers();
        for (const name of override.split(',').filter(Boolean)) forwarded.set(name, proxied.headers.get(`x-middleware-request-${name}`) ?? '');
        const path = new URL(url).pathname;
        const handler = Object.entries(handlers).find(([prefix]) => path.startsWith(prefix))?.[1];
        response = handler ? await handler(new NextRequest(url, { method: req.method, headers: forwarded, body })) : new Response('no handler', { status: 404 });
      }
      res.statusCode = response.status;
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie' && !name.startsWith('x-middleware-')) res.setHeader(name, value);
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length) res.setHeader('set-cookie', cookies);
      res.end(Buffer.from(await response.arrayBuffer()));
    })().catch((error: unknown) => {
      res.statusCode = 599;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type Sent = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

/** One HTTP request from a chosen loopback address (any 127.0.0.0/8 address is a distinct socket peer). */
export function send(port: number, from: string, options: { method?: string; path: string; headers?: Record<string, string>; body?: unknown }): Promise<Sent> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        localAddress: from,
        method: options.method ?? (body ? 'POST' : 'GET'),
        path: options.path,
        headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...options.headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A loopback address no other test uses, so Better Auth's per-address buckets start empty. */
export function loopbackAddress(): string {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  return `127.${octet()}.${octet()}.${octet()}`;
}
