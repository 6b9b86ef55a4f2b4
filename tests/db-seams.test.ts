import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getTableName, isTable, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import { ESLint, RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, infraDb } from '@/db/client';
import * as schema from '@/db/schema';
import * as dataqueue from '@/db/schema/dataqueue';
import { dbAccessRule } from '@/eslint/db-access.mjs';

/*
 * The seams issue 9 asks tools to keep: one way to the database (only db/ builds Drizzle instances
 * or touches the raw client: the eslint rule local/db-access, and a scan of the tree), no import of
 * fakes/ or tests/ from lib/ modules, and DataQueue's tables typed in db/schema without drizzle-kit
 * ever owning them.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const SKIP_DIRS = new Set(['node_modules', '.next', '.data', '.git', 'drizzle', 'test-results', 'playwright-report', 'e2e/.auth']);
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(rel) && !SKIP_DIRS.has(entry.name)) sourceFiles(rel, out);
    } else if (SOURCE.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(rel);
  }
  return out;
}

type Source = { file: string; text: string };

/** `drizzle(` or the raw client outside db/ (and outside the rule and this test, which name them). */
export function databaseSeamViolations(files: readonly Source[]): string[] {
  const exempt = (f: string) => f.startsWith('db/') || f.startsWith('eslint/') || f === 'tests/db-seams.test.ts';
  const bad: string[] = [];
  for (const { file, text } of files) {
    if (exempt(file)) continue;
    text.split('\n').forEach((line, i) => {
      if (/\bdrizzle\(/.test(line) || /\bsqlClient\b/.test(line) || /\.\$client\b/.test(line)) bad.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  return bad;
}

/** A lib/ module (tests aside) importing fakes/ or tests/: test helpers live under tests/support/. */
export function testOnlyImportViolations(files: readonly Source[]): string[] {
  const bad: string[] = [];
  for (const { file, text } of files) {
    if (!file.startsWith('lib/') || /\.test\.tsx?$/.test(file)) continue;
    const specifiers = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]!);
    for (const spec of specifiers) {
      const resolved = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? path.posix.normalize(path.posix.join(path.posix.dirname(file), spec)) : null;
      if (resolved && /^(fakes|tests)(\/|$)/.test(resolved)) bad.push(`${file}: imports ${spec}`);
    }
  }
  return bad;
}

const tree = (): Source[] => sourceFiles('').map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));

afterAll(() => closeDb());

describe('one way to the database', () => {
  it('finds no drizzle( and no raw client outside db/', () => {
    expect(databaseSeamViolations(tree())).toEqual([]);
  });

  it('the scan fails on a planted violation, and allows db/', () => {
    const planted = [
      { file: 'lib/monitoring/planted.ts', text: "import { drizzle } from 'drizzle-orm/postgres-js';\nconst db = drizzle(client);" },
      { file: 'lib/monitoring/planted-raw.ts', text: 'await sqlClient()`select 1`;' },
      { file: 'jobs/planted.ts', text: 'const raw = infraDb().$client;' },
      { file: 'db/client.ts', text: 'store.db = drizzle(client);' },
    ];
    expect(databaseSeamViolations(planted)).toEqual([
      'lib/monitoring/planted.ts:2: const db = drizzle(client);',
      'lib/monitoring/planted-raw.ts:1: await sqlClient()`select 1`;',
      'jobs/planted.ts:1: const raw = infraDb().$client;',
    ]);
  });
});

describe('eslint rule local/db-access', () => {
  RuleTester.describe = describe;
  RuleTester.it = it;
  RuleTester.itOnly = it.only;
  const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });
  tester.run('db-access', dbAccessRule, {
    valid: [
      "import { infraDb } from '@/db/client';\nawait infraDb().select().from(jobQueue);",
      "await withTenant(tenantId, (tx) => tx.execute(sql`select 1`));",
      "const listening = await listen('host_cache', () => cache.clear());",
    ],
    invalid: [
      { code: "import { drizzle } from 'drizzle-orm/postgres-js';\nconst db = drizzle(sqlClientLike);", errors: [{ messageId: 'drizzle' }] },
      { code: "import { sqlClient } from '@/db/client';\nawait sqlClient()`select 1`;", errors: [{ messageId: 'sqlClient' }, { messageId: 'sqlClient' }] },
      { code: 'const db = orm.drizzle(pool);', errors: [{ messageId: 'drizzle' }] },
      { code: 'const raw = infraDb().$client;', errors: [{ messageId: '$client' }] },
    ],
  });

  it('is wired into eslint.config.mjs for every folder but db/', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const planted = "import { drizzle } from 'drizzle-orm/postgres-js';\nimport { sqlClient } from '@/db/client';\nexport const db = drizzle(sqlClient());\n";
    const ruleIds = async (filePath: string) => {
      const [result] = await eslint.lintText(planted, { filePath: path.join(ROOT, filePath) });
      return result!.messages.map((m) => m.ruleId).filter((id) => id === 'local/db-access');
    };
    expect((await ruleIds('lib/monitoring/planted.ts')).length).toBeGreaterThanOrEqual(3);
    expect((await ruleIds('app/api/planted/route.ts')).length).toBeGreaterThanOrEqual(3);
    expect(await ruleIds('db/planted.ts')).toEqual([]);
  }, 60_000);
});

describe('test-only code stays out of lib/', () => {
  it('no lib/ module imports fakes/ or tests/', () => {
    expect(testOnlyImportViolations(tree())).toEqual([]);
  });

  it('the scan fails on a planted import, and allows tests', () => {
    const planted = [
      { file: 'lib/auth/planted.ts', text: "import { startFakeBrevo } from '@/fakes/brevo/server';" },
      { file: 'lib/http/planted.ts', text: "export { x } from '../../tests/support/route-registry';" },
      { file: 'lib/auth/planted.test.ts', text: "import { startFakeBrevo } from '@/fakes/brevo/server';" },
    ];
    expect(testOnlyImportViolations(planted)).toEqual(['lib/auth/planted.ts: imports @/fakes/brevo/server', 'lib/http/planted.ts: imports ../../tests/support/route-registry']);
  });
});

describe('role names', () => {
  it('live in a leaf module, and no db/ file imports lib/auth', () => {
    const roles = readFileSync(path.join(ROOT, 'db/schema/roles.ts'), 'utf8');
    expect(roles).not.toMatch(/^\s*import\s/m);
    const bad = tree()
      .filter((s) => s.file.startsWith('db/'))
      .filter((s) => /(?:from|import\()\s*['"](?:@\/|(?:\.\.\/)+)lib\/auth\b/.test(s.text))
      .map((s) => s.file);
    expect(bad).toEqual([]);
  });
});

describe('integration names', () => {
  it('live in a leaf module, and the wrapper imports neither the registry nor an adapter', () => {
    const read = (f: string) => readFileSync(path.join(ROOT, f), 'utf8');
    expect(read('lib/integrations/names.ts')).not.toMatch(/^\s*import\s/m);
    expect(read('lib/integrations/wrapper.ts')).not.toMatch(/from '\.\/(registry|brevo|r2)/);
  });
});

describe('DataQueue tables in db/schema', () => {
  const tablesOf = (module: Record<string, unknown>): PgTable[] => Object.values(module).filter((v): v is PgTable => isTable(v));
  const declared = tablesOf(dataqueue);

  it("are not reachable from drizzle-kit's schema entry (db/schema/index.ts), so it never generates DDL for them", () => {
    const names = tablesOf(schema).map((t) => getTableName(t));
    expect(declared.map((t) => getTableName(t)).sort()).toEqual(['job_events', 'job_queue']);
    for (const t of declared) expect(names).not.toContain(getTableName(t));
    const config = readFileSync(path.join(ROOT, 'drizzle.config.ts'), 'utf8');
    expect(config).toMatch(/schema: '\.\/db\/schema\/index\.ts'/);
    expect(config).toMatch(/'!job_queue'/);
    expect(config).toMatch(/'!job_events'/);
  });

  it('match the columns DataQueue created (names, types, nullability)', async () => {
    for (const table of declared) {
      const { name, columns } = getTableConfig(table);
      const live = await infraDb().execute<{ column_name: string; udt_name: string; is_nullable: 'YES' | 'NO' }>(
        sql`select column_name, udt_name, is_nullable from information_schema.columns where table_schema = 'public' and table_name = ${name} order by column_name`,
      );
      const udt: Record<string, string> = { serial: 'int4', integer: 'int4', varchar: 'varchar', text: 'text', jsonb: 'jsonb', timestamp: 'timestamptz', boolean: 'bool', 'text[]': '_text' };
      const ours = columns
        .map((c) => ({ column_name: c.name, udt_name: udt[c.getSQLType().replace(/\(.*\)/, '').replace(/ with time zone/, '')] ?? c.getSQLType(), is_nullable: c.notNull ? 'NO' : 'YES' }))
        .sort((a, b) => a.column_name.localeCompare(b.column_name));
      expect(ours, name).toEqual(live.map((r) => ({ ...r })));
    }
  });
});
