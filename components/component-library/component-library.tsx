'use client';

import { Check, Copy } from 'lucide-react';
import { Component, useId, useState, type ReactNode } from 'react';
import { toast } from 'sonner';
import { PageHeader } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { componentLibrary, libraryGroups, matchesLibraryQuery, type LibraryEntry } from './registry';

/** One broken preview must not take the whole page down: it shows an ErrorState in its card. */
class PreviewBoundary extends Component<{ name: string; children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (this.state.error) return <ErrorState size="sm" title={`The ${this.props.name} preview failed`} message={this.state.error.message} />;
    return this.props.children;
  }
}

/** navigator.clipboard needs a secure context; the textarea fallback covers plain-http hosts. */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

function CopyCodeButton({ entry }: { entry: LibraryEntry }) {
  const [copied, setCopied] = useState(false);
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      aria-label={`Copy the code of ${entry.name}`}
      data-testid={`component-${entry.id}-copy`}
      data-copied={copied ? 'true' : 'false'}
      onClick={async () => {
        try {
          await copyText(entry.code);
          setCopied(true);
          setTimeout(() => setCopied(false), 2000);
          toast.success(`Code of ${entry.name} copied`);
        } catch {
          toast.error('Could not copy: open the Code tab, select the code and copy it');
        }
      }}
    >
      {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
      {copied ? 'Copied' : 'Copy code'}
    </Button>
  );
}

function LibraryCard({ entry }: { entry: LibraryEntry }) {
  const titleId = `component-${entry.id}-title`;
  const { Preview } = entry;
  return (
    <section id={`component-${entry.id}`} aria-labelledby={titleId} className="scroll-mt-4" data-testid={`component-${entry.id}`}>
      <Card>
        <CardHeader>
          <CardTitle>
            <h2 id={titleId} className="text-base font-semibold">
              {entry.name}
            </h2>
          </CardTitle>
          <CardDescription>
            <code className="font-mono text-xs">{entry.file}</code>
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4">
          <div className="grid gap-1">
            <h3 className="text-sm font-semibold">When to use</h3>
            <p className="text-sm text-muted-foreground">{entry.whenToUse}</p>
          </div>
          <div className="grid gap-1">
            <h3 className="text-sm font-semibold">Variants</h3>
            <dl className="grid gap-1.5 text-sm" data-testid={`component-${entry.id}-variants`}>
              {entry.variants.map((v) => (
                <div key={v.prop} className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
                  <dt className="font-mono text-xs font-medium">{v.prop}</dt>
                  <dd className="flex flex-wrap gap-1">
                    {v.values.map((value) => (
                      <span key={value} className="rounded-sm bg-muted px-1.5 py-0.5 font-mono text-xs text-foreground">
                        {value}
                      </span>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="text-xs text-muted-foreground">Parts: {entry.exports.join(', ')}</p>
          </div>
          <Tabs defaultValue="preview">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <TabsList variant="line" aria-label={`${entry.name} example`}>
                <TabsTrigger value="preview" data-testid={`component-${entry.id}-tab-preview`}>
                  Preview
                </TabsTrigger>
                <TabsTrigger value="code" data-testid={`component-${entry.id}-tab-code`}>
                  Code
                </TabsTrigger>
              </TabsList>
              <CopyCodeButton entry={entry} />
            </div>
            <TabsContent value="preview">
              <div className="rounded-lg border bg-background p-4" data-testid={`component-${entry.id}-preview`}>
                <PreviewBoundary name={entry.name}>
                  <Preview />
                </PreviewBoundary>
              </div>
            </TabsContent>
            <TabsContent value="code">
              {/* Focusable so that keyboard users can scroll long lines (axe: scrollable-region-focusable). */}
              <pre
                tabIndex={0}
                role="region"
                aria-label={`Code of ${entry.name}`}
                className="max-h-96 overflow-auto rounded-lg border bg-muted p-4 font-mono text-xs leading-relaxed text-foreground outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
                data-testid={`component-${entry.id}-code`}
              >
                <code>{entry.code}</code>
              </pre>
            </TabsContent>
          </Tabs>
        </CardContent>
      </Card>
    </section>
  );
}

/**
 * Experience Manager -> Component Library: every component of components/ui and
 * components/data-table with its variants, when to use it, its code and a live preview. The cards
 * come from the registry, which a unit test keeps complete.
 */
export function ComponentLibrary() {
  const searchId = useId();
  const [query, setQuery] = useState('');
  const visible = componentLibrary.filter((e) => matchesLibraryQuery(e, query));
  const visibleIds = new Set(visible.map((e) => e.id));
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Experience Manager' }, { label: 'Component Library' }]}
        title="Component Library"
        description="Every shared UI component with its variants, when to use it, a live preview and code to copy."
      />
      <div className="grid gap-6 p-4 md:p-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <nav aria-label="Component index" className="grid content-start gap-3 lg:sticky lg:top-0 lg:max-h-[calc(100dvh-8rem)] lg:overflow-y-auto" data-testid="complib-index">
          <div className="grid gap-1.5">
            <Label htmlFor={searchId}>Filter components</Label>
            <Input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Name, part or use" autoComplete="off" data-testid="complib-filter" />
            <p className="text-xs text-muted-foreground" role="status" data-testid="complib-count">
              {visible.length === componentLibrary.length ? `${componentLibrary.length} components` : `${visible.length} of ${componentLibrary.length} components`}
            </p>
          </div>
          {libraryGroups.map((group) => {
            const shown = group.entries.filter((e) => visibleIds.has(e.id));
            if (shown.length === 0) return null;
            return (
              <div key={group.key} className="grid gap-1">
                <h2 className="text-xs font-medium text-muted-foreground">{group.label}</h2>
                <ul className="grid">
                  {shown.map((e) => (
                    <li key={e.id}>
                      <a
                        href={`#component-${e.id}`}
                        className="block rounded-sm px-2 py-1 text-sm text-foreground outline-none hover:bg-accent hover:text-accent-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50"
                        data-testid={`complib-index-${e.id}`}
                      >
                        {e.name}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </nav>
        <div className="grid min-w-0 content-start gap-6">
          {visible.length === 0 ? (
            <div className="rounded-lg border">
              <EmptyState
                title="No component matches this filter"
                description="Try a component name (Button), a part (DialogTitle) or a use (status)."
                action={
                  <Button type="button" variant="outline" size="sm" onClick={() => setQuery('')} data-testid="complib-filter-clear">
                    Clear the filter
                  </Button>
                }
                data-testid="complib-empty"
              />
            </div>
          ) : (
            visible.map((entry) => <LibraryCard key={entry.id} entry={entry} />)
          )}
        </div>
      </div>
    </>
  );
}
