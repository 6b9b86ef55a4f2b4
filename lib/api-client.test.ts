import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, apiFetch, applyFieldErrors } from './api-client';

/** The browser's API client against a loopback server answering like our routes, and like a proxy in front of them. */
describe('apiFetch', () => {
  let server: Server;
  let base = '';

  beforeAll(async () => {
    server = createServer((req, res) => {
      const json = (status: number, body: unknown) => {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(body));
      };
      if (req.url === '/ok') return json(200, { hello: 'world' });
      if (req.url === '/empty') {
        res.statusCode = 204;
        return res.end();
      }
      if (req.url === '/invalid') return json(422, { error: { code: 'invalid_input', message: 'name: too short', details: [{ path: 'name', message: 'too short' }], requestId: 'r-422' } });
      if (req.url === '/gone') return json(404, { error: { code: 'not_found', message: 'Tenant not found', requestId: 'r-404' } });
      if (req.url === '/bare-json') return json(500, { oops: true });
      if (req.url === '/html-ok') {
        res.setHeader('content-type', 'text/html');
        return res.end('<html>sign in</html>');
      }
      // A load balancer's own error page: HTML, not our envelope.
      res.statusCode = 502;
      res.statusMessage = 'Bad Gateway';
      res.setHeader('content-type', 'text/html');
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('returns the JSON of a success, and null for an empty body', async () => {
    expect(await apiFetch(`${base}/ok`)).toEqual({ hello: 'world' });
    expect(await apiFetch(`${base}/empty`, { method: 'DELETE' })).toBeNull();
  });

  it('turns the error envelope into an ApiError with code, field problems and request id', async () => {
    const err = await apiFetch(`${base}/invalid`, { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 422, code: 'invalid_input', message: 'name: too short', requestId: 'r-422', problems: [{ path: 'name', message: 'too short' }] });
    const gone = await apiFetch(`${base}/gone`).catch((e: unknown) => e);
    expect(gone).toMatchObject({ status: 404, code: 'not_found', message: 'Tenant not found', problems: [] });
    expect((gone as ApiError).isClientError).toBe(true);
  });

  it('turns a non-JSON error page (a 502 from a proxy) into an ApiError naming the status, not a SyntaxError', async () => {
    const err = await apiFetch(`${base}/proxy-502`).catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(SyntaxError);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 502, code: 'http_error' });
    expect((err as ApiError).message).toContain('502');
    expect((err as ApiError).isClientError).toBe(false);
    // JSON without our envelope, and an HTML page with a success status.
    await expect(apiFetch(`${base}/bare-json`)).rejects.toMatchObject({ status: 500, code: 'http_error' });
    await expect(apiFetch(`${base}/html-ok`)).rejects.toMatchObject({ status: 200, code: 'bad_response' });
  });

  it('reports an unreachable server as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    await expect(apiFetch(`http://127.0.0.1:${port}/ok`)).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('places field problems on form fields and returns the rest', () => {
    const placed: string[] = [];
    const error = new ApiError(422, 'invalid_input', 'x', [{ path: 'name', message: 'too short' }, { path: 'other', message: 'bad' }]);
    expect(applyFieldErrors(error, (name: never) => placed.push(name), ['name'])).toBe('other: bad');
    expect(placed).toEqual(['name']);
  });
});
