import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * The house rules of a service (docs/DECISIONS.md "Services"), checked on the source rather than
 * kept by habit: a service that writes checks a permission first and records an audit event inside
 * its transaction. A service is an exported function of `lib/<domain>/services/*.ts` whose first
 * parameter destructures `ctx`. Functions of the same services folder (guards, shared bodies such
 * as changeAlert) are followed, one level of the call graph at a time.
 */

export type Violation = { file: string; service: string; rule: 'permission-first' | 'audit-in-transaction'; message: string };

/** The calls that check a permission (they call assertPermission first themselves). */
const PERMISSION_CHECKS = new Set(['assertPermission', 'userScope', 'auditScope', 'customerScope', 'assertHierarchyWriter', 'class4Scope', 'class4WriteScope', 'assignmentScope', 'ratesScope', 'routingScope']);
/** The calls that open (or join) a service's transaction; a callback passed to them runs inside it. */
const TRANSACTION_CALLS = new Set(['platformTx', 'tenantTx', 'run']);
const WRITE_METHODS = new Set(['insert', 'update', 'delete']);
const RAW_WRITE = /\b(insert\s+into|update\s+\w+\s+set|delete\s+from)\b/i;
/** Calls into other modules that write; their caller audits (createInvitedUser, the impersonation and queue helpers). */
const WRITE_HELPERS = new Set(['createInvitedUser', 'endImpersonationGrantsOf', 'enqueueJob', 'cancelQueuedJob', 'retryQueuedJob']);

type Fn = { name: string; node: ts.FunctionLikeDeclaration; file: string };

function calleeName(call: ts.CallExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

function functionsOf(file: string, source: ts.SourceFile): Fn[] {
  const out: Fn[] = [];
  for (const stmt of source.statements) {
    if (ts.isFunctionDeclaration(stmt) && stmt.name && stmt.body) out.push({ name: stmt.name.text, node: stmt, file });
    if (ts.isVariableStatement(stmt)) {
      for (const d of stmt.declarationList.declarations) {
        if (ts.isIdentifier(d.name) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) out.push({ name: d.name.text, node: d.initializer, file });
      }
    }
  }
  return out;
}

const isExported = (fn: Fn) => {
  const holder = ts.isFunctionDeclaration(fn.node) ? fn.node : fn.node.parent?.parent?.parent;
  return !!holder && ts.canHaveModifiers(holder) && (ts.getModifiers(holder) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
};

/** A service: `({ ctx, input })`. */
function isService(fn: Fn): boolean {
  const first = fn.node.parameters[0];
  return !!first && ts.isObjectBindingPattern(first.name) && first.name.elements.some((e) => ts.isIdentifier(e.name) && e.name.text === 'ctx');
}

function visit(node: ts.Node, f: (n: ts.Node) => void): void {
  f(node);
  node.forEachChild((c) => visit(c, f));
}

function insideTransaction(node: ts.Node, stop: ts.Node): boolean {
  for (let p = node.parent; p && p !== stop; p = p.parent) {
    if ((ts.isArrowFunction(p) || ts.isFunctionExpression(p)) && p.parent && ts.isCallExpression(p.parent)) {
      const name = calleeName(p.parent);
      if (name && TRANSACTION_CALLS.has(name)) return true;
    }
  }
  return false;
}

type Facts = { writes: boolean; auditsInTx: boolean; auditsOutsideTx: boolean };

function factsOf(fn: Fn, siblings: Map<string, Fn>, seen = new Set<string>()): Facts {
  const facts: Facts = { writes: false, auditsInTx: false, auditsOutsideTx: false };
  seen.add(fn.name);
  visit(fn.node, (n) => {
    if (ts.isCallExpression(n)) {
      const name = calleeName(n);
      if (!name) return;
      if (ts.isPropertyAccessExpression(n.expression) && WRITE_METHODS.has(name) && !/redis|map|set|cache/i.test(n.expression.expression.getText())) facts.writes = true;
      if (WRITE_HELPERS.has(name)) facts.writes = true;
      if (name === 'recordAudit') {
        facts.writes = true;
        if (insideTransaction(n, fn.node)) facts.auditsInTx = true;
        else facts.auditsOutsideTx = true;
      }
      const sibling = ts.isIdentifier(n.expression) ? siblings.get(name) : undefined;
      if (sibling && !seen.has(sibling.name)) {
        const inner = factsOf(sibling, siblings, seen);
        facts.writes ||= inner.writes;
        // A sibling's audit counts as in the transaction when it audits in its own or is called inside the caller's.
        if (inner.auditsInTx || (inner.auditsOutsideTx && insideTransaction(n, fn.node))) facts.auditsInTx = true;
        else if (inner.auditsOutsideTx) facts.auditsOutsideTx = true;
      }
    }
    if ((ts.isTemplateExpression(n) || ts.isNoSubstitutionTemplateLiteral(n)) && RAW_WRITE.test(n.getText())) facts.writes = true;
  });
  return facts;
}

/** Whether the function's first statement checks a permission (directly or through a sibling whose first statement does). */
function checksPermissionFirst(fn: Fn, siblings: Map<string, Fn>, seen = new Set<string>()): boolean {
  const body = fn.node.body;
  if (!body) return false;
  const first = ts.isBlock(body) ? body.statements[0] : body;
  if (!first) return false;
  seen.add(fn.name);
  let call: ts.CallExpression | undefined;
  const take = (e: ts.Expression | undefined) => {
    while (e && (ts.isAwaitExpression(e) || ts.isParenthesizedExpression(e))) e = e.expression;
    if (e && ts.isCallExpression(e)) call = e;
  };
  if (ts.isExpressionStatement(first)) take(first.expression);
  else if (ts.isVariableStatement(first)) take(first.declarationList.declarations[0]?.initializer);
  else if (ts.isReturnStatement(first)) take(first.expression);
  else if (!ts.isStatement(first)) take(first as ts.Expression);
  if (!call) return false;
  const name = calleeName(call);
  if (!name) return false;
  if (PERMISSION_CHECKS.has(name)) return true;
  const sibling = siblings.get(name);
  return !!sibling && !seen.has(name) && checksPermissionFirst(sibling, siblings, seen);
}

/** Checks one services folder, given as file name -> source text. */
export function checkServices(files: Record<string, string>, exceptions: Record<string, string> = {}): Violation[] {
  const all: Fn[] = [];
  for (const [file, text] of Object.entries(files)) all.push(...functionsOf(file, ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)));
  const siblings = new Map(all.map((f) => [f.name, f]));
  const violations: Violation[] = [];
  for (const fn of all) {
    if (!isExported(fn) || !isService(fn)) continue;
    const facts = factsOf(fn, siblings);
    if (!facts.writes) continue;
    if (!checksPermissionFirst(fn, siblings) && !exceptions[`${fn.name}:permission-first`]) {
      violations.push({ file: fn.file, service: fn.name, rule: 'permission-first', message: `${fn.name} writes but its first statement checks no permission (assertPermission/userScope)` });
    }
    if (!facts.auditsInTx && !exceptions[`${fn.name}:audit-in-transaction`]) {
      violations.push({
        file: fn.file,
        service: fn.name,
        rule: 'audit-in-transaction',
        message: facts.auditsOutsideTx ? `${fn.name} records its audit event outside its transaction` : `${fn.name} writes but records no audit event`,
      });
    }
  }
  return violations;
}

/** Every services folder of the repository: lib/<domain>/services. */
export function serviceFolders(root: string): Array<{ folder: string; files: Record<string, string> }> {
  const lib = path.join(root, 'lib');
  return fs
    .readdirSync(lib, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(lib, d.name, 'services')))
    .map((d) => {
      const folder = path.join('lib', d.name, 'services');
      const files: Record<string, string> = {};
      for (const name of fs.readdirSync(path.join(root, folder))) {
        if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files[path.join(folder, name)] = fs.readFileSync(path.join(root, folder, name), 'utf8');
      }
      return { folder, files };
    });
}
