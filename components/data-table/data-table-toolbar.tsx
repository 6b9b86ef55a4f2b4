'use client';

import * as React from 'react';
import { Search } from 'lucide-react';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { useTypedBeforeHydration } from '@/components/ui/use-typed-before-hydration';
import { cn } from '@/lib/utils';
import { AutoRefreshToggle, RefreshButton, type AutoRefreshToggleProps } from './refresh-button';
import type { ListController } from './use-list-query';

/** A toolbar filter: a select over an allow-list of values (the endpoint's `filters[key].values`). */
export type DataTableFilter = {
  key: string;
  label: string;
  options: readonly { value: string; label: string }[];
  /** Text of the "no filter" option; default `All <label lowercased>`. */
  allLabel?: string;
};

export type DataTableToolbarProps = {
  list: ListController<unknown>;
  /** The search box; false hides it. */
  search?: false | { placeholder?: string; label?: string };
  filters?: readonly DataTableFilter[];
  /** Refresh button (default shown). */
  refresh?: boolean;
  /** Shows the auto-refresh switch: pass useAutoRefresh()'s result. */
  autoRefresh?: Omit<AutoRefreshToggleProps, 'className' | 'data-testid'>;
  /** Buttons on the right (e.g. "Add customer", export). */
  actions?: React.ReactNode;
  className?: string;
};

export const SEARCH_DEBOUNCE_MS = 300;
const ALL = '__all__';

/**
 * A search box that reports its value SEARCH_DEBOUNCE_MS after the last keystroke, and follows
 * the URL when it changes from elsewhere (back button, reset) without eating what is being typed.
 * What was typed before the page hydrated is kept and searched for.
 */
export function DebouncedSearchInput({
  value,
  onChange,
  placeholder = 'Search…',
  label = 'Search',
  className,
  'data-testid': testId = 'table-search',
}: {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  label?: string;
  className?: string;
  'data-testid'?: string;
}) {
  const [text, setText] = React.useState(value);
  const [seen, setSeen] = React.useState(value);
  const [committed, setCommitted] = React.useState(value);
  if (value !== seen) {
    // The outside value moved. If it is not our own commit coming back, it wins.
    setSeen(value);
    if (value !== committed) {
      setText(value);
      setCommitted(value);
    }
  }
  const onChangeRef = React.useRef(onChange);
  React.useEffect(() => {
    onChangeRef.current = onChange;
  });
  const inputRef = React.useRef<HTMLInputElement>(null);
  // Typed before hydration: the debounce below then searches for it as if it had just been typed.
  useTypedBeforeHydration(inputRef, text, setText);
  React.useEffect(() => {
    if (text === committed) return;
    const t = setTimeout(() => {
      setCommitted(text);
      onChangeRef.current(text);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, committed]);

  return (
    <div className={cn('relative w-full max-w-xs', className)}>
      <Search className="pointer-events-none absolute left-2.5 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      <Input
        ref={inputRef}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            // Enter searches now instead of waiting for the debounce.
            setCommitted(text);
            onChangeRef.current(text);
          }
        }}
        className="h-8 pl-8"
        data-testid={testId}
      />
    </div>
  );
}

/** Search, filters, refresh and actions above a table; all state goes through the list (URL). */
export function DataTableToolbar({ list, search = {}, filters = [], refresh = true, autoRefresh, actions, className }: DataTableToolbarProps) {
  return (
    <div data-slot="data-table-toolbar" className={cn('flex flex-wrap items-center gap-2', className)}>
      {search !== false ? <DebouncedSearchInput value={list.state.q} onChange={list.setSearch} placeholder={search.placeholder} label={search.label} /> : null}
      {filters.map((f) => {
        const value = list.state.filters[f.key];
        const allLabel = f.allLabel ?? `All ${f.label.toLowerCase()}`;
        return (
          <Select key={f.key} value={value ?? ALL} onValueChange={(v) => list.setFilter(f.key, v === ALL ? null : v)}>
            <SelectTrigger size="sm" aria-label={f.label} data-testid={`filter-${f.key}`} className="min-w-[8rem]">
              {/* Explicit text: Radix fills SelectValue only after hydration. */}
              <SelectValue>{value ? (f.options.find((o) => o.value === value)?.label ?? value) : allLabel}</SelectValue>
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ALL} data-testid={`filter-${f.key}-all`}>
                {allLabel}
              </SelectItem>
              {f.options.map((o) => (
                <SelectItem key={o.value} value={o.value} data-testid={`filter-${f.key}-${o.value}`}>
                  {o.label}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        );
      })}
      <div className="ml-auto flex items-center gap-2">
        {autoRefresh ? <AutoRefreshToggle {...autoRefresh} /> : null}
        {refresh ? <RefreshButton onRefresh={list.refetch} isFetching={list.isFetching} /> : null}
        {actions}
      </div>
    </div>
  );
}
