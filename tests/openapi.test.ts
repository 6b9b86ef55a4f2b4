import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { NextRequest } from 'next/server';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';
import { GET as getDocument } from '@/app/api/v1/openapi.json/route';
import { buildOpenApiDocument, listOperations, TAG_DESCRIPTIONS } from '@/lib/openapi/document';
import { V1_ROUTE_MODULES } from '@/lib/openapi/v1-routes';
import { loadRouteRegistry } from '@/tests/support/route-registry';

/**
 * The OpenAPI description of /api/v1 (issue 10): it covers every route on disk, each with its
 * operation and schemas; it lints clean with Redocly's CLI; the typed client of the tests
 * (tests/support/api-v1.ts) is generated from it and must not be stale.
 */

/** /api/v1 route files the document does not list, with the reason. */
const NOT_DESCRIBED: Readonly<Record<string, string>> = {
  'app/api/v1/openapi.json/route.ts': 'The document itself (it would import itself).',
};

const GENERATED_TYPES = path.join(process.cwd(), 'tests/support/api-v1.ts');
const GENERATED_HEADER = '// Generated from /api/v1/openapi.json by openapi-typescript. Do not edit: OPENAPI_WRITE=1 npx vitest run tests/openapi.test.ts\n';

const document = buildOpenApiDocument(V1_ROUTE_MODULES);

describe('the /api/v1 registry', async () => {
  const registry = (await loadRouteRegistry()).filter((r) => r.pattern.startsWith('/api/v1/') && !(r.file in NOT_DESCRIBED));
  const listed = listOperations(V1_ROUTE_MODULES);

  it('lists every /api/v1 route file on disk, with the very handlers', () => {
    expect(registry.length).toBeGreaterThan(4);
    for (const route of registry) {
      const mod = V1_ROUTE_MODULES[route.pattern];
      expect(mod, `${route.file} is missing from lib/openapi/v1-routes.ts`).toBeDefined();
      expect(mod![route.method], `${route.method} ${route.pattern}`).toBe(route.handler);
    }
    expect(listed.length).toBe(registry.length);
  });

  it.each(listed.map((o) => [`${o.method} ${o.pattern}`, o] as const))('%s has an operation, a response schema and its input schemas', (_, { method, pattern, contract }) => {
    expect(contract.operation, 'operation: { id, summary, tag }').toBeDefined();
    expect(contract.operation!.id).toMatch(/^[a-z][A-Za-z0-9]+$/);
    expect(contract.operation!.summary.length).toBeGreaterThan(3);
    expect(TAG_DESCRIPTIONS[contract.operation!.tag], `tag "${contract.operation!.tag}" needs a description in TAG_DESCRIPTIONS`).toBeTruthy();
    expect(contract.response, 'response schema').toBeDefined();
    if (pattern.includes('[')) expect(contract.params, 'params schema for the path parameters').toBeDefined();
    // A POST may be an action on the resource in its path (rotate a secret, send a test, replay) and take no body.
    if (['PUT', 'PATCH'].includes(method)) expect(contract.body, 'body schema').toBeDefined();
  });

  it('gives every operation a unique id', () => {
    const ids = listed.map((o) => o.contract.operation!.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('the document', () => {
  it('describes every operation with bearer security, the error envelope and the list parameters', () => {
    expect(document.openapi).toBe('3.1.0');
    // Every registered route module is a path of the document, with `[param]` written `{param}`.
    expect(Object.keys(document.paths).sort()).toEqual(Object.keys(V1_ROUTE_MODULES).map((p) => p.replace(/\[(\w+)\]/g, '{$1}')).sort());
    const list = document.paths['/api/v1/keys']!.get!;
    expect((list.parameters as Array<{ name: string }>).map((p) => p.name)).toEqual(['limit', 'cursor', 'sort', 'q']);
    expect(list.security).toEqual([{ apiKey: [] }]);
    expect(document.paths['/api/v1/keys']!.post!.parameters).toEqual([{ $ref: '#/components/parameters/IdempotencyKey' }]);
    expect(Object.keys(document.paths['/api/v1/keys']!.post!.responses as object)).toEqual(expect.arrayContaining(['201', '401', '403', '422', '429', 'default']));
    expect(document.components.schemas.Error).toMatchObject({ properties: { error: { required: ['code', 'message', 'requestId'] } } });
    expect(document.components.schemas.PageInfo).toMatchObject({ required: ['nextCursor', 'prevCursor', 'limit'] });
    expect(document.components.securitySchemes).toMatchObject({ apiKey: { type: 'http', scheme: 'bearer' } });
  });

  it('is served publicly and cacheably at /api/v1/openapi.json', async () => {
    const res = await getDocument(new NextRequest('http://docs.localhost:3000/api/v1/openapi.json', { headers: { host: 'docs.localhost:3000', 'x-portal': 'docs' } }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(document)));
  });

  it("lints clean with Redocly's CLI (recommended rules), offline", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'openapi-lint-'));
    try {
      const file = path.join(dir, 'openapi.json');
      writeFileSync(file, JSON.stringify(document));
      const cli = path.join(process.cwd(), 'node_modules/@redocly/cli/bin/cli.js');
      // No telemetry and no update check: the lint must not reach the network.
      const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };
      const { stdout } = await promisify(execFile)(process.execPath, [cli, 'lint', '--config', path.join(process.cwd(), 'redocly.yaml'), '--format', 'json', file], { env, cwd: dir }).catch(
        (error: { stdout?: string; stderr?: string }) => {
          throw new Error(`redocly lint failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
        },
      );
      const result = JSON.parse(stdout) as { totals: { errors: number; warnings: number }; problems: unknown[] };
      expect(result.totals.errors, JSON.stringify(result.problems, null, 2)).toBe(0);
      expect(result.totals.warnings, JSON.stringify(result.problems, null, 2)).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('is what the typed client of the tests was generated from (tests/support/api-v1.ts)', async () => {
    const generated = GENERATED_HEADER + astToString(await openapiTS(JSON.parse(JSON.stringify(document)) as never, { alphabetize: true }));
    if (process.env.OPENAPI_WRITE === '1') writeFileSync(GENERATED_TYPES, generated);
    expect(readFileSync(GENERATED_TYPES, 'utf8'), 'the contract changed: regenerate with OPENAPI_WRITE=1 npx vitest run tests/openapi.test.ts, then fix what no longer type-checks').toBe(generated);
  });
});
