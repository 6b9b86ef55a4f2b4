/**
 * The web server the launcher (scripts/start.ts) runs: Next's own request handling, the same router
 * server `next start` uses, behind a Node HTTP server of ours that owns the socket. Before Next sees
 * a request it appends the socket peer's address to X-Forwarded-For, as any proxy does; Next fills
 * that header only when a request arrives without one, so otherwise a client could name its own
 * address (measured on Next 16.4, docs/DECISIONS.md). The proxy (proxy.ts) then picks the client
 * from the right end of the list (lib/http/client-address.ts).
 *   --dev   development mode (Next's dev compiler and hot reload)
 * PORT, HOST and the rest of the environment as for the app.
 */
import { createServer } from 'node:http';
import next from 'next';
import { appendSocketPeer } from '../lib/http/client-address';

const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
// The launcher passes the configured bind address (lib/config bindHost: loopback in sandbox unless HOST widens it).
const host = process.env.HOST || '127.0.0.1';

const app = next({ dev, hostname: 'localhost', port });
const handle = app.getRequestHandler();

async function main() {
  await app.prepare();
  const server = createServer((req, res) => {
    appendSocketPeer(req);
    void handle(req, res);
  });
  // Next attaches its own upgrade handler (hot reload in development) to this server on first use.
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  console.log(`[didtron] web server on ${host}:${port} (${dev ? 'development' : 'production'})`);

  let closing = false;
  const close = () => {
    if (closing) return;
    closing = true;
    // Stop accepting, let requests in flight finish, then leave; a stuck connection cannot hold the exit.
    setTimeout(() => process.exit(0), 10_000).unref();
    server.close(() => void app.close().finally(() => process.exit(0)));
    server.closeIdleConnections();
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, close);
}

main().catch((error: unknown) => {
  console.error(`[didtron] web server failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
