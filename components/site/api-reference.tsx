'use client';

import * as React from 'react';
import { useEffect, useState } from 'react';
import { Skeleton } from '@/components/ui/skeleton';

/**
 * The reference of /api/v1, rendered from the OpenAPI document the API serves on this very host
 * (same origin, as the docs' Content-Security-Policy requires). Our own markup rather than Scalar's
 * widget: Scalar failed the axe scan (unnamed buttons, nested interactive elements, contrast), its
 * global styles changed the site's, and it called its own servers (docs/DECISIONS.md).
 */

type Schema = Record<string, unknown>;
type Parameter = { name?: string; in?: string; required?: boolean; description?: string; schema?: Schema; $ref?: string };
type Operation = { operationId: string; summary: string; description?: string; tags: string[]; parameters?: Parameter[]; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, Schema> };
type Document = { info: { title: string; description?: string }; tags: Array<{ name: string; description?: string }>; paths: Record<string, Record<string, Operation>>; components: { parameters?: Record<string, Parameter>; schemas: Record<string, Schema> } };

function refName(schema: Schema | undefined): string | null {
  const ref = schema?.$ref;
  return typeof ref === 'string' ? ref.split('/').at(-1)! : null;
}

function SchemaView({ schema }: { schema: Schema | undefined }) {
  const name = refName(schema);
  if (name) return <a href={`#schema-${name}`}>{name}</a>;
  // Focusable: a wide schema scrolls sideways, and keyboard users must be able to scroll it (axe scrollable-region-focusable).
  return (
    <pre tabIndex={0} className="overflow-x-auto rounded-md bg-muted p-3 text-xs">
      {JSON.stringify(schema, null, 2)}
    </pre>
  );
}

/**
 * A collapsed block: the summary line is always there; the body is rendered only while open. With
 * ~190 operations and their schemas, rendering everything made a page of tens of thousands of
 * nodes (slow to read, and an axe scan past a minute on a busy machine).
 */
function Collapsible({ id, summary, testId, children }: { id: string; summary: React.ReactNode; testId: string; children: () => React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details id={id} className="group rounded-md border border-border" data-testid={testId} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer list-inside px-3 py-2 hover:bg-muted focus-visible:outline-2 focus-visible:outline-ring" data-testid={`${testId}-toggle`}>
        {summary}
      </summary>
      {open && <div className="space-y-3 border-t border-border px-3 py-3">{children()}</div>}
    </details>
  );
}

function OperationView({ method, path, op, doc }: { method: string; path: string; op: Operation; doc: Document }) {
  return (
    <Collapsible
      id={op.operationId}
      testId={`api-operation-${op.operationId}`}
      summary={
        <span className="inline-flex flex-wrap items-baseline gap-x-3">
          <span className="font-semibold">{op.summary}</span>
          <span className="font-mono text-xs">
            <span className="rounded bg-muted px-1.5 py-0.5 font-semibold uppercase">{method}</span> {path}
          </span>
        </span>
      }
    >
      {() => <OperationBody op={op} doc={doc} />}
    </Collapsible>
  );
}

function OperationBody({ op, doc }: { op: Operation; doc: Document }) {
  const params = (op.parameters ?? []).map((p) => (p.$ref ? doc.components.parameters?.[p.$ref.split('/').at(-1)!] ?? p : p));
  const body = op.requestBody?.content['application/json']?.schema;
  return (
    <>
      {op.description?.split('\n\n').map((p) => (
        <p key={p} className="text-sm leading-6">
          {p}
        </p>
      ))}
      {params.length > 0 && (
        <table className="w-full border-collapse text-sm">
          <caption className="mb-1 text-left font-medium">Parameters</caption>
          <thead>
            <tr>
              {['Name', 'In', 'Required', 'Type', 'Description'].map((h) => (
                <th key={h} scope="col" className="border border-border bg-muted px-2 py-1 text-left">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {params.map((p) => (
              <tr key={`${p.in}-${p.name}`}>
                <td className="border border-border px-2 py-1 font-mono">{p.name}</td>
                <td className="border border-border px-2 py-1">{p.in}</td>
                <td className="border border-border px-2 py-1">{p.required ? 'yes' : 'no'}</td>
                <td className="border border-border px-2 py-1 font-mono">{Array.isArray(p.schema?.enum) ? (p.schema.enum as string[]).join(' | ') : String(p.schema?.type ?? '')}</td>
                <td className="border border-border px-2 py-1">{p.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {body && (
        <div className="text-sm">
          <p className="font-medium">Request body (JSON)</p>
          <SchemaView schema={body} />
        </div>
      )}
      <div className="text-sm">
        <p className="font-medium">Responses</p>
        <ul className="ml-5 list-disc">
          {Object.entries(op.responses).map(([status, response]) => {
            const name = refName(response);
            const schema = (response.content as Record<string, { schema: Schema }> | undefined)?.['application/json']?.schema;
            return (
              <li key={status}>
                <span className="font-mono">{status}</span>: {name ?? String(response.description ?? '')}
                {schema && <> · <SchemaView schema={schema} /></>}
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}

export function ApiReference({ specUrl }: { specUrl: string }) {
  const [doc, setDoc] = useState<Document | null>(null);
  const [error, setError] = useState(false);
  useEffect(() => {
    let live = true;
    fetch(specUrl)
      .then(async (res) => {
        if (!res.ok) throw new Error(`The API description answered ${res.status}`);
        const json = (await res.json()) as Document;
        if (live) setDoc(json);
      })
      .catch(() => live && setError(true));
    return () => {
      live = false;
    };
  }, [specUrl]);
  // A link to #<operationId> or #schema-<Name> opens that block (they are collapsed by default).
  useEffect(() => {
    if (!doc) return;
    const openHash = () => {
      const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
      if (target instanceof HTMLDetailsElement) {
        target.open = true;
        target.scrollIntoView();
      }
    };
    openHash();
    window.addEventListener('hashchange', openHash);
    return () => window.removeEventListener('hashchange', openHash);
  }, [doc]);
  const isPending = !doc && !error;
  if (isPending) return <Skeleton className="h-64 w-full" data-testid="api-reference-loading" />;
  if (error || !doc)
    return (
      <p role="alert" data-testid="api-reference-error">
        The API description could not be loaded. It is at <a href={specUrl}>{specUrl}</a>.
      </p>
    );
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  return (
    <div data-testid="api-reference" className="space-y-10 text-sm leading-6 [&_a]:text-primary [&_a]:underline">
      <p>
        {doc.info.description?.split('\n\n')[0]} The machine-readable description (OpenAPI 3.1) is <a href={specUrl}>{specUrl}</a>: load it into any
        OpenAPI tool or client generator.
      </p>
      {doc.tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`} className="space-y-2">
          <h2 id={`tag-${tag.name}`} className="text-xl font-semibold">
            {tag.name}
          </h2>
          {tag.description && <p>{tag.description}</p>}
          {operations
            .filter(({ op }) => op.tags.includes(tag.name))
            .map(({ path, method, op }) => (
              <OperationView key={op.operationId} method={method} path={path} op={op} doc={doc} />
            ))}
        </section>
      ))}
      <section aria-labelledby="schemas" className="space-y-4">
        <h2 id="schemas" className="text-xl font-semibold">
          Schemas
        </h2>
        {Object.entries(doc.components.schemas).map(([name, schema]) => (
          <Collapsible key={name} id={`schema-${name}`} testId={`api-schema-${name}`} summary={<span className="font-semibold">{name}</span>}>
            {() => <SchemaView schema={{ ...schema }} />}
          </Collapsible>
        ))}
      </section>
    </div>
  );
}
