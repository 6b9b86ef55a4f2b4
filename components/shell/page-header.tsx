'use client';

import { ChevronDown } from 'lucide-react';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { Fragment, type ReactNode } from 'react';
import { Breadcrumb, BreadcrumbItem, BreadcrumbLink, BreadcrumbList, BreadcrumbPage, BreadcrumbSeparator } from '@/components/ui/breadcrumb';
import { Button } from '@/components/ui/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from '@/components/ui/dropdown-menu';
import { cn } from '@/lib/utils';

export type Crumb = { label: string; href?: string };
/** Text-only menu entries (no currency icons), shown only while their tab is active. */
export type PageAction = { key: string; label: string; onSelect: () => void; destructive?: boolean; disabled?: boolean };
export type PageTab = { key: string; label: string; actions?: PageAction[] };

/** The active tab lives in the URL (?tab=) so that it survives reloads and can be linked. */
export function useActiveTab(tabs: PageTab[]): [string, (key: string) => void] {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const requested = params.get('tab');
  const active = tabs.find((t) => t.key === requested)?.key ?? tabs[0]?.key ?? '';
  const setActive = (key: string) => {
    const next = new URLSearchParams(params);
    if (key === tabs[0]?.key) next.delete('tab');
    else next.set('tab', key);
    const qs = next.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };
  return [active, setActive];
}

export function PageHeader({
  breadcrumbs,
  title,
  description,
  tabs,
  activeTab,
  onTabChange,
  actions,
  extra,
}: {
  breadcrumbs: Crumb[];
  title: ReactNode;
  description?: ReactNode;
  tabs?: PageTab[];
  activeTab?: string;
  onTabChange?: (key: string) => void;
  /** Actions of a page without tabs. With tabs, the active tab's actions are used instead. */
  actions?: PageAction[];
  extra?: ReactNode;
}) {
  const visible = tabs ? (tabs.find((t) => t.key === activeTab)?.actions ?? []) : (actions ?? []);
  return (
    <div className="border-b border-border px-6 pt-4">
      <Breadcrumb>
        <BreadcrumbList>
          {breadcrumbs.map((c, i) => (
            <Fragment key={`${c.label}-${i}`}>
              {i > 0 && <BreadcrumbSeparator />}
              <BreadcrumbItem>
                {c.href && i < breadcrumbs.length - 1 ? (
                  <BreadcrumbLink asChild>
                    <Link href={c.href} data-testid={`crumb-${i}`}>
                      {c.label}
                    </Link>
                  </BreadcrumbLink>
                ) : (
                  <BreadcrumbPage>{c.label}</BreadcrumbPage>
                )}
              </BreadcrumbItem>
            </Fragment>
          ))}
        </BreadcrumbList>
      </Breadcrumb>
      <div className="mt-2 flex flex-wrap items-start justify-between gap-3 pb-3">
        <div className="min-w-0">
          <h1 className="truncate text-xl font-semibold tracking-tight" data-testid="page-title">
            {title}
          </h1>
          {description && <p className="mt-0.5 text-sm text-muted-foreground">{description}</p>}
        </div>
        <div className="flex items-center gap-2">
          {extra}
          {visible.length > 0 && (
            <DropdownMenu>
              <DropdownMenuTrigger asChild>
                <Button variant="outline" size="sm" data-testid="page-actions">
                  Actions <ChevronDown className="size-4" aria-hidden />
                </Button>
              </DropdownMenuTrigger>
              <DropdownMenuContent align="end">
                {visible.map((a) => (
                  <DropdownMenuItem
                    key={a.key}
                    onSelect={a.onSelect}
                    disabled={a.disabled}
                    data-testid={`action-${a.key}`}
                    className={cn(a.destructive && 'text-destructive focus:text-destructive')}
                  >
                    {a.label}
                  </DropdownMenuItem>
                ))}
              </DropdownMenuContent>
            </DropdownMenu>
          )}
        </div>
      </div>
      {tabs && tabs.length > 1 && (
        <div role="tablist" aria-label="Sections" className="-mb-px flex gap-4">
          {tabs.map((t) => {
            const selected = t.key === activeTab;
            return (
              <button
                key={t.key}
                type="button"
                role="tab"
                id={`tab-${t.key}`}
                aria-selected={selected}
                aria-controls={`panel-${t.key}`}
                tabIndex={selected ? 0 : -1}
                data-testid={`tab-${t.key}`}
                onClick={() => onTabChange?.(t.key)}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                  const i = tabs.findIndex((x) => x.key === t.key);
                  const next = tabs[(i + (e.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
                  onTabChange?.(next.key);
                  document.getElementById(`tab-${next.key}`)?.focus();
                }}
                className={cn(
                  'border-b-2 px-1 pb-2 text-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring',
                  selected ? 'border-primary font-medium text-foreground' : 'border-transparent text-muted-foreground hover:text-foreground',
                )}
              >
                {t.label}
              </button>
            );
          })}
        </div>
      )}
    </div>
  );
}

/** A tab's panel, labelled by its tab button. */
export function TabPanel({ tabKey, children }: { tabKey: string; children: ReactNode }) {
  return (
    <div role="tabpanel" id={`panel-${tabKey}`} aria-labelledby={`tab-${tabKey}`} className="p-6">
      {children}
    </div>
  );
}

/** The fixed bottom action dock: the page's primary actions, always in reach. */
export function ActionDock({ children }: { children: ReactNode }) {
  return (
    <div data-testid="action-dock" className="fixed inset-x-0 bottom-0 z-30 flex h-(--action-dock-height) items-center justify-end gap-2 border-t border-border bg-background/95 px-6 backdrop-blur">
      {children}
    </div>
  );
}
