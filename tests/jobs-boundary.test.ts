import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobRegistry } from '@/jobs/registry';
import { jobCatalog, jobTypes } from '@/lib/jobs/catalog';
import type { JobSpec } from '@/lib/jobs/spec';

/**
 * The seam between the job declarations and the worker. lib/ never imports the top-level jobs/
 * folder (the worker: handlers, processor, scheduler), tests included, so that a service that
 * enqueues another domain's job cannot create an import cycle; each domain's lib/<domain>/jobs.ts
 * is a leaf the catalog collects, and the worker binds a handler to every type of the catalog.
 */
const ROOT = process.cwd();
const WORKER_DIR = path.join(ROOT, 'jobs');

/** Module specifiers of a source text: static and side-effect imports, re-exports, import() and require(). */
function importSpecifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) found.push(m[1]!);
  return found;
}

/** Where a specifier of `file` points in the repository (the `@/` alias or a relative path), or null for a package. */
function resolveSpecifier(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return path.join(ROOT, specifier.slice(2));
  if (specifier.startsWith('.')) return path.resolve(path.dirname(file), specifier);
  return null;
}

function isInside(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The specifiers of `source` (the text of `file`) that reach into the top-level jobs/ folder. */
function workerImports(file: string, source: string): string[] {
  return importSpecifiers(source).filter((s) => {
    const target = resolveSpecifier(file, s);
    return target !== null && isInside(WORKER_DIR, target);
  });
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Every lib/<domain>/jobs.ts. */
function domainJobFiles(): string[] {
  return fs
    .readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(ROOT, 'lib', d.name, 'jobs.ts')))
    .map((d) => path.join(ROOT, 'lib', d.name, 'jobs.ts'));
}

const isSpec = (value: unknown): value is JobSpec => typeof value === 'object' && value !== null && typeof (value as JobSpec).type === 'string' && 'payload' in value && 'maxAttempts' in value;

describe('jobs boundary', () => {
  it('finds imports into jobs/ in every form, and only those (planted examples)', () => {
    const file = path.join(ROOT, 'lib', 'billing', 'services', 'close-period.ts');
    const planted = [
      `import { enqueueJob } from '@/jobs/enqueue';`,
      `import type { JobType } from "@/jobs/registry";`,
      `import {\n  startWorker,\n  type WorkerHandle,\n} from '../../../jobs/worker';`,
      `export { demoLong } from '@/jobs/demo-long';`,
      `export * from '@/jobs';`,
      `import '@/jobs/worker';`,
      `const { startWorker } = await import('@/jobs/worker');`,
      `const registry = require('../../../jobs/registry');`,
    ];
    for (const line of planted) expect(workerImports(file, line), line).toHaveLength(1);
    const allowed = [
      `import { enqueueJob } from '@/lib/jobs/enqueue';`,
      `import { jobTypes } from '../../jobs/catalog';`,
      `import { z } from 'zod';`,
      `import jobs from 'jobs';`,
      `// see jobs/worker.ts and '@/jobs/registry'`,
    ];
    for (const line of allowed) expect(workerImports(file, line), line).toEqual([]);
  });

  it('has no import from lib/ into the top-level jobs/ folder', () => {
    const files = sourceFiles(path.join(ROOT, 'lib'));
    expect(files.length).toBeGreaterThan(100);
    const offenders = files.flatMap((f) => workerImports(f, fs.readFileSync(f, 'utf8')).map((s) => `${path.relative(ROOT, f)}: ${s}`));
    expect(offenders, 'lib/ must not import the worker (jobs/): enqueue through @/lib/jobs/enqueue, read job types from @/lib/jobs/catalog').toEqual([]);
  });

  it('keeps every lib/<domain>/jobs.ts a leaf: zod, the spec helper and payload schemas only', () => {
    const files = domainJobFiles();
    expect(files.map((f) => path.relative(ROOT, f))).toEqual(expect.arrayContaining(['lib/jobs/jobs.ts', 'lib/monitoring/jobs.ts']));
    for (const file of files) {
      const bad = importSpecifiers(fs.readFileSync(file, 'utf8')).filter((s) => {
        if (s === 'zod') return false;
        const target = resolveSpecifier(file, s);
        if (target === path.join(ROOT, 'lib', 'jobs', 'spec')) return false;
        return !(target && /schema$/.test(path.basename(target)));
      });
      expect(bad, `${path.relative(ROOT, file)} imports more than zod, @/lib/jobs/spec and *schema modules`).toEqual([]);
    }
  });

  it('collects every spec a domain declares into the catalog, and nothing else', async () => {
    const declared: JobSpec[] = [];
    for (const file of domainJobFiles()) {
      const mod = (await import(file)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) {
        if (!isSpec(value)) continue;
        expect(jobCatalog.get(value.type), `${path.relative(ROOT, file)}: ${name} (${value.type}) is not in lib/jobs/catalog.ts`).toBe(value);
        declared.push(value);
      }
    }
    expect(declared.map((s) => s.type).sort()).toEqual([...jobTypes].sort());
  });

  it('binds a handler to every job type of the catalog on the worker side, with the catalog spec', () => {
    expect([...jobRegistry.keys()]).toEqual([...jobTypes]);
    for (const [type, def] of jobRegistry) {
      const spec = jobCatalog.get(type)!;
      expect(typeof def.handler, type).toBe('function');
      expect({ ...def, handler: undefined }, type).toEqual({ ...spec, handler: undefined });
    }
  });
});
