import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hasDirective, importsOf, isServerOnly, rel, sourceFiles, valueClosure } from './import-graph';

/**
 * The contract between the server and the browser (docs/DECISIONS.md, "Contracts"): each domain's
 * lib/<domain>/views.ts names the JSON shapes its routes answer with, and the browser imports those
 * types instead of declaring its own copies, which drift. Server modules carry `import 'server-only'`,
 * so that client code cannot pull them into the browser bundle.
 */

const viewFiles = sourceFiles('lib').filter((f) => rel(f).endsWith('/views.ts'));
/** Client code: everything under components/, and app files marked 'use client'. */
const browserFiles = [...sourceFiles('components'), ...sourceFiles('app').filter((f) => f.endsWith('.tsx') && hasDirective(f, 'use client'))];

function exportedTypeNames(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^export\s+(?:declare\s+)?(?:type|interface)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
}

function declaredTypeNames(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:export\s+)?(?:declare\s+)?(?:type|interface)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]!);
}

describe('views.ts and the browser', () => {
  it('finds the domain views and the browser code', () => {
    expect(viewFiles.map(rel)).toEqual(expect.arrayContaining(['lib/api-keys/views.ts', 'lib/audit/views.ts', 'lib/tenancy/views.ts', 'lib/users/views.ts']));
    expect(browserFiles.length).toBeGreaterThan(50);
  });

  it('browser code declares no type that a views.ts already defines (import it from the view)', () => {
    const defined = new Map<string, string>();
    for (const file of viewFiles) for (const name of exportedTypeNames(file)) defined.set(name, rel(file));
    expect(defined.get('TenantRow')).toBe('lib/tenancy/views.ts');
    const redeclared = browserFiles.flatMap((file) =>
      declaredTypeNames(file)
        .filter((name) => defined.has(name))
        .map((name) => `${rel(file)} declares ${name}, which ${defined.get(name)} defines`),
    );
    expect(redeclared).toEqual([]);
  });

  it('browser code imports views.ts as types only', () => {
    const valueImports = browserFiles.flatMap((file) =>
      importsOf(file)
        .filter((e) => !e.typeOnly && e.resolved && rel(e.resolved).endsWith('/views.ts'))
        .map((e) => `${rel(file)} imports ${e.spec} as a value: use \`import type\``),
    );
    expect(valueImports).toEqual([]);
  });
});

describe('server-only guards', () => {
  const guarded = [...sourceFiles('lib'), ...sourceFiles('db')].filter(isServerOnly);

  it('guard the request path and the views', () => {
    expect(guarded.map(rel)).toEqual(
      expect.arrayContaining(['lib/http/route.ts', 'lib/http/request-context.ts', 'lib/http/page-context.ts', 'lib/auth/page-context.ts', 'lib/auth/session.ts', ...viewFiles.map(rel)]),
    );
  });

  it('no client module pulls a server-only module into the browser bundle', () => {
    const clientEntries = browserFiles.filter((f) => hasDirective(f, 'use client'));
    expect(clientEntries.length).toBeGreaterThan(30);
    const reached = valueClosure(clientEntries);
    const leaks = guarded.filter((f) => reached.has(f)).map((f) => reached.get(f)!.join(' -> '));
    expect(leaks).toEqual([]);
  });

  it('the worker, the scripts and the e2e suite (plain Node, no Next bundler) reach no server-only module', () => {
    // Outside Next, `server-only` does not resolve (it is bundled with next), so such an import would crash them.
    const entries = [...sourceFiles('jobs'), ...sourceFiles('scripts'), ...sourceFiles('e2e'), ...sourceFiles('bench'), ...sourceFiles('fakes')];
    const reached = valueClosure(entries);
    const crashes = guarded.filter((f) => reached.has(f)).map((f) => reached.get(f)!.join(' -> '));
    expect(crashes).toEqual([]);
  });
});
