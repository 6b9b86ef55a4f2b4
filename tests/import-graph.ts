import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The repository's own import graph, as the bundler sees it: value imports only (an `import type`,
 * or a named import whose every name is `type`, is erased and brings no code). Test-time only.
 */
export const ROOT = process.cwd();

export type ImportEdge = { spec: string; resolved: string | null; typeOnly: boolean };

const cache = new Map<string, ImportEdge[]>();

function resolveSpec(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/')) base = path.join(ROOT, spec.slice(2));
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(from), spec);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every import and re-export of a file (static, side-effect and dynamic `import()`). */
export function importsOf(file: string): ImportEdge[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const edges: ImportEdge[] = [];
  const add = (spec: string, typeOnly: boolean) => edges.push({ spec, resolved: resolveSpec(file, spec), typeOnly });
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = Boolean(clause && (clause.isTypeOnly || (!clause.name && named && named.length > 0 && named.every((e) => e.isTypeOnly))));
      add(node.moduleSpecifier.text, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node.moduleSpecifier.text, node.isTypeOnly || Boolean(named && named.length > 0 && named.every((e) => e.isTypeOnly)));
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      add(node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  cache.set(file, edges);
  return edges;
}

/** Every repository file a set of entry files pulls in through value imports, with the path that first reached it. */
export function valueClosure(entries: string[]): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const queue: Array<[string, string[]]> = entries.map((e) => [e, [rel(e)]]);
  while (queue.length) {
    const [file, via] = queue.shift()!;
    if (reached.has(file)) continue;
    reached.set(file, via);
    for (const edge of importsOf(file)) {
      if (!edge.typeOnly && edge.resolved && !reached.has(edge.resolved)) queue.push([edge.resolved, [...via, rel(edge.resolved)]]);
    }
  }
  return reached;
}

export function rel(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** Source files under a folder of the repository (no tests, no generated or vendored folders). */
export function sourceFiles(dir: string, { tests = false }: { tests?: boolean } = {}): string[] {
  const abs = path.join(ROOT, dir);
  if (!existsSync(abs)) return [];
  return (readdirSync(abs, { recursive: true }) as string[])
    .map((f) => path.join(abs, f))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !/\.d\.ts$/.test(f) && !f.includes(`${path.sep}node_modules${path.sep}`))
    .filter((f) => tests || !/\.(test|spec)\.tsx?$/.test(f))
    .sort();
}

export function hasDirective(file: string, directive: 'use client' | 'use server'): boolean {
  return new RegExp(`^\\s*(?:(?:/\\*[\\s\\S]*?\\*/|//[^\\n]*)\\s*)*['"]${directive}['"]`).test(readFileSync(file, 'utf8'));
}

/** A module guarded with `import 'server-only'` (Next's build fails when client code imports it). */
export function isServerOnly(file: string): boolean {
  return importsOf(file).some((e) => e.spec === 'server-only' && !e.typeOnly);
}
