'use client';

import { useQuery } from '@tanstack/react-query';
import { ChevronsUpDown, LoaderCircle } from 'lucide-react';
import * as React from 'react';
import { apiFetch } from '@/lib/api-client';
import type { Page } from '@/lib/pagination';
import type { TenantLookupItem } from '@/lib/tenancy/services/lookup-tenants';
import { cn } from '@/lib/utils';

export type { TenantLookupItem };

const DEBOUNCE_MS = 250;

/** One tenant by id (a picker's value after a reload) or the root brand, from the lookup endpoint. */
export function useTenantLookupOne(filter: { id: string } | { root: true } | null) {
  const params = filter ? new URLSearchParams('id' in filter ? { id: filter.id } : { root: 'true' }) : null;
  return useQuery({
    queryKey: ['tenants', 'lookup', params?.toString() ?? ''],
    queryFn: () => apiFetch<Page<TenantLookupItem>>(`/api/admin/tenants/lookup?${params}`).then((p) => p.items[0] ?? null),
    enabled: params !== null,
    staleTime: 60_000,
  });
}

type Props = {
  /** The selected tenant, or null (then `allLabel`, if given, is what the box shows). */
  value: Pick<TenantLookupItem, 'id' | 'name'> | null;
  onChange: (tenant: TenantLookupItem | null) => void;
  /** The accessible name (use with a visible label through `id`, or alone as aria-label). */
  label: string;
  id?: string;
  /** Offers a "no tenant" option with this text (a filter's "All tenants"). */
  allLabel?: string;
  className?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  'data-testid'?: string;
};

/**
 * A tenant picker that searches (`/api/admin/tenants/lookup?q=`, 20 a page) instead of loading a
 * truncated list: the ARIA 1.2 combobox pattern (an input with a listbox popup). Type to search;
 * ArrowDown/ArrowUp move through the options, Enter picks, Escape closes and restores the value,
 * Home/End jump. Loading, empty and error states are announced in the popup.
 */
export function TenantCombobox({ value, onChange, label, id, allLabel, className, 'aria-invalid': invalid, 'aria-describedby': describedBy, 'data-testid': testId = 'tenant-combobox' }: Props) {
  const generated = React.useId();
  const inputId = id ?? `${generated}-input`;
  const listId = `${generated}-list`;
  const [open, setOpen] = React.useState(false);
  const [text, setText] = React.useState('');
  const [q, setQ] = React.useState('');
  const [active, setActive] = React.useState(0);

  React.useEffect(() => {
    if (!open) return;
    const t = setTimeout(() => setQ(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, open]);

  const results = useQuery({
    queryKey: ['tenants', 'lookup', `q=${q}`],
    queryFn: () => apiFetch<Page<TenantLookupItem>>(`/api/admin/tenants/lookup?${new URLSearchParams({ q })}`),
    enabled: open,
    staleTime: 30_000,
  });

  type Option = { key: string; tenant: TenantLookupItem | null; label: string };
  const options: Option[] = [
    ...(allLabel && !q ? [{ key: 'all', tenant: null, label: allLabel }] : []),
    ...(results.data?.items ?? []).map((t) => ({ key: t.id, tenant: t, label: t.isRoot ? `${t.name} (root brand)` : t.name })),
  ];
  const activeIndex = Math.min(active, Math.max(options.length - 1, 0));
  const optionId = (i: number) => `${generated}-option-${i}`;

  const openWith = (nextText: string) => {
    setText(nextText);
    setActive(0);
    setOpen(true);
  };
  const close = () => {
    setOpen(false);
    setText('');
    setQ('');
  };
  const pick = (option: Option | undefined) => {
    if (!option) return;
    onChange(option.tenant);
    close();
  };

  const shown = open ? text : (value?.name ?? allLabel ?? '');

  return (
    <div className={cn('relative w-full', className)} data-testid={`${testId}-root`}>
      <input
        id={inputId}
        type="text"
        role="combobox"
        aria-label={id ? undefined : label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && options.length > 0 ? optionId(activeIndex) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder={open ? 'Search name or slug…' : undefined}
        value={shown}
        onChange={(e) => openWith(e.target.value)}
        onFocus={(e) => e.currentTarget.select()}
        onClick={() => !open && openWith('')}
        onBlur={() => close()}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            if (!open) return openWith('');
            const n = options.length;
            if (n > 0) setActive((activeIndex + (e.key === 'ArrowDown' ? 1 : n - 1)) % n);
          } else if (e.key === 'Home' && open) {
            e.preventDefault();
            setActive(0);
          } else if (e.key === 'End' && open) {
            e.preventDefault();
            setActive(Math.max(options.length - 1, 0));
          } else if (e.key === 'Enter') {
            if (!open) return;
            e.preventDefault();
            pick(options[activeIndex]);
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            e.stopPropagation();
            close();
          }
        }}
        className={cn(
          'flex h-9 w-full min-w-0 rounded-md border border-input bg-background py-1 pr-8 pl-3 text-sm shadow-xs outline-none placeholder:text-muted-foreground',
          'focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/50 aria-invalid:border-destructive',
        )}
        data-testid={testId}
      />
      <ChevronsUpDown className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      <div
        className={cn('absolute z-50 mt-1 w-full min-w-[14rem] overflow-hidden rounded-md border bg-popover text-popover-foreground shadow-md', !open && 'hidden')}
        data-testid={`${testId}-popup`}
      >
        <ul id={listId} role="listbox" aria-label={label} className="max-h-64 overflow-y-auto p-1">
          {open &&
            options.map((o, i) => (
              <li
                key={o.key}
                id={optionId(i)}
                role="option"
                aria-selected={i === activeIndex}
                // mousedown, not click: the input's blur would close the popup first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(o);
                }}
                onMouseMove={() => setActive(i)}
                className={cn('cursor-default rounded-sm px-2 py-1.5 text-sm', i === activeIndex && 'bg-accent text-accent-foreground')}
                data-testid={`${testId}-option-${o.tenant?.slug ?? 'all'}`}
              >
                {o.label}
                {o.tenant ? <span className="ml-2 text-xs text-muted-foreground">{o.tenant.slug}</span> : null}
              </li>
            ))}
        </ul>
        {open ? (
          <div role="status" aria-live="polite" className="px-3 pb-2 text-xs text-muted-foreground empty:hidden" data-testid={`${testId}-status`}>
            {results.isPending ? (
              <span className="flex items-center gap-2 pt-2">
                <LoaderCircle className="size-3 animate-spin motion-reduce:animate-none" aria-hidden /> Searching…
              </span>
            ) : results.isError ? (
              <span className="text-destructive">Could not load tenants. Type again to retry.</span>
            ) : (results.data?.items.length ?? 0) === 0 ? (
              'No tenant matches.'
            ) : results.data?.pageInfo.nextCursor ? (
              `Showing the first ${results.data.items.length}: type to narrow.`
            ) : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
