import http from 'node:http';
import { percentile } from '../stats';

/**
 * A small closed-loop HTTP load generator (autocannon is not a dependency): `connections` keep-alive
 * connections each send the next request as soon as the previous answer has been read, for
 * `durationMs`. Latency is measured per request; non-2xx answers and socket errors are counted apart.
 */
export type Target = { port: number; host: string; path: string; headers?: Record<string, string> };
export type LoadResult = { requests: number; rps: number; p50: number; p95: number; p99: number; non2xx: number; errors: number; bytes: number };

export async function load(target: Target, { connections, durationMs }: { connections: number; durationMs: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + durationMs;

  const once = () =>
    new Promise<void>((resolve) => {
      const t = performance.now();
      const req = http.request({ host: '127.0.0.1', port: target.port, path: target.path, agent, headers: { host: target.host, ...target.headers } }, (res) => {
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => {
          latencies.push(performance.now() - t);
          if (!res.statusCode || res.statusCode < 200 || res.statusCode >= 300) non2xx++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });

  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) await once();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => percentile(latencies, p);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { requests: latencies.length, rps: round(latencies.length / elapsed), p50: round(pct(50)), p95: round(pct(95)), p99: round(pct(99)), non2xx, errors, bytes };
}

/** One request with our own Host header (fetch does not let a caller choose it). */
export function request(
  target: Target & { method?: string; body?: string },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: target.port, path: target.path, method: target.method ?? 'GET', headers: { host: target.host, ...target.headers }, timeout: 30_000 },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(target.body);
  });
}
