import fs from 'node:fs';
import path from 'node:path';
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { componentLibrary, matchesLibraryQuery } from './registry';

/** The folders whose components the Component Library page must show. */
const FOLDERS = ['components/ui', 'components/data-table'];

/**
 * The components a file exports: exported functions, classes and consts (with an initialiser)
 * whose name is PascalCase. Types, hooks (useX), helpers (camelCase, buttonVariants) and
 * constants (SEARCH_DEBOUNCE_MS) are not components; re-exports (index.ts) are counted where
 * they are declared.
 */
function exportedComponents(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const isComponentName = (name: string) => /^[A-Z][a-z0-9]/.test(name) && !/^[A-Z0-9_]+$/.test(name);
  const exported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const locals = new Map<string, boolean>();
  const names: string[] = [];
  for (const st of source.statements) {
    if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) {
      locals.set(st.name.text, true);
      if (exported(st)) names.push(st.name.text);
    } else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        if (!ts.isIdentifier(d.name) || !d.initializer) continue;
        locals.set(d.name.text, true);
        if (exported(st)) names.push(d.name.text);
      }
    } else if (ts.isExportDeclaration(st) && !st.moduleSpecifier && !st.isTypeOnly && st.exportClause && ts.isNamedExports(st.exportClause)) {
      // `export { A, B as C }` of local values.
      for (const el of st.exportClause.elements) if (!el.isTypeOnly && locals.has((el.propertyName ?? el.name).text)) names.push(el.name.text);
    }
  }
  return names.filter(isComponentName);
}

function sourceFiles(): string[] {
  return FOLDERS.flatMap((dir) =>
    fs
      .readdirSync(path.join(process.cwd(), dir))
      .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f))
      .map((f) => `${dir}/${f}`),
  );
}

/** file -> the names the registry documents for it. */
function shownByFile(): Map<string, Set<string>> {
  const shown = new Map<string, Set<string>>();
  for (const entry of componentLibrary) {
    const set = shown.get(entry.file) ?? new Set<string>();
    for (const name of entry.exports) set.add(name);
    shown.set(entry.file, set);
  }
  return shown;
}

describe('Component Library registry', () => {
  it('finds the components of the folders (the scanner itself works)', () => {
    const ui = exportedComponents('components/ui/button.tsx');
    expect(ui).toEqual(['Button']); // not buttonVariants, not ButtonProps
    expect(exportedComponents('components/ui/form.tsx')).toContain('Form'); // export const Form = FormProvider
    expect(exportedComponents('components/data-table/refresh-button.tsx')).toEqual(['RefreshButton', 'AutoRefreshToggle']); // not AUTO_REFRESH_MS, not useAutoRefresh
    expect(exportedComponents('components/data-table/index.ts')).toEqual([]);
  });

  it('shows every exported component of components/ui and components/data-table', () => {
    const shown = shownByFile();
    const missing = sourceFiles().flatMap((file) => exportedComponents(file).filter((name) => !shown.get(file)?.has(name)).map((name) => `${name} (${file})`));
    expect(missing, 'add these to components/component-library/entries/*').toEqual([]);
  });

  it('names only files and components that exist', () => {
    const stale: string[] = [];
    for (const [file, names] of shownByFile()) {
      const real = fs.existsSync(file) ? new Set(exportedComponents(file)) : new Set<string>();
      for (const name of names) if (!real.has(name)) stale.push(`${name} (${file})`);
    }
    expect(stale, 'the registry names components that no longer exist').toEqual([]);
  });

  it('gives every entry a unique id, variants, a use and code that mentions each part it documents', () => {
    const ids = componentLibrary.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of componentLibrary) {
      expect(entry.id, entry.name).toMatch(/^[a-z0-9-]+$/);
      expect(entry.exports.length, entry.name).toBeGreaterThan(0);
      expect(entry.variants.length, entry.name).toBeGreaterThan(0);
      expect(entry.whenToUse.length, entry.name).toBeGreaterThan(20);
      for (const name of entry.exports) expect(new RegExp(`\\b${name}\\b`).test(entry.code), `${entry.name}: the code example does not mention ${name}`).toBe(true);
    }
  });

  it.each(componentLibrary.map((e) => [e.name, e] as const))('renders the %s preview on the server', (_name, entry) => {
    const html = renderToString(h(entry.Preview));
    expect(html.length).toBeGreaterThan(20);
  });

  it('filters by name, part and use, case-insensitively', () => {
    const names = (q: string) => componentLibrary.filter((e) => matchesLibraryQuery(e, q)).map((e) => e.name);
    expect(names('')).toHaveLength(componentLibrary.length);
    expect(names('sheetdescription')).toEqual(['Sheet']);
    expect(names('FIXEDCOLUMN')).toEqual(['FixedColumnTable']);
    expect(names('zzz-no-such-thing')).toEqual([]);
  });
});
