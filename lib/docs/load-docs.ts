import fs from 'node:fs/promises';
import path from 'node:path';
import { marked } from 'marked';

export type DocPage = { slug: string; title: string; order: number; html: string };

const DOCS_DIR = path.join(process.cwd(), 'content/docs');

function parse(slug: string, source: string): DocPage {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source);
  const meta = Object.fromEntries(
    (match?.[1] ?? '').split('\n').map((line) => {
      const i = line.indexOf(':');
      return [line.slice(0, i).trim(), line.slice(i + 1).trim()];
    }),
  );
  const body = match ? source.slice(match[0].length) : source;
  return { slug, title: meta.title ?? slug, order: Number(meta.order ?? 99), html: marked.parse(body, { async: false }) };
}

/** The documentation pages kept in the repository (content/docs/*.md), in their declared order. */
export async function listDocs(): Promise<DocPage[]> {
  const files = (await fs.readdir(DOCS_DIR)).filter((f) => f.endsWith('.md'));
  const pages = await Promise.all(files.map(async (f) => parse(f.replace(/\.md$/, ''), await fs.readFile(path.join(DOCS_DIR, f), 'utf8'))));
  return pages.sort((a, b) => a.order - b.order);
}

export async function getDoc(slug: string): Promise<DocPage | null> {
  if (!/^[a-z0-9-]+$/.test(slug)) return null;
  try {
    return parse(slug, await fs.readFile(path.join(DOCS_DIR, `${slug}.md`), 'utf8'));
  } catch {
    return null;
  }
}
