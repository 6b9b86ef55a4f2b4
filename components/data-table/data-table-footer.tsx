'use client';

import * as React from 'react';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { cn } from '@/lib/utils';
import { PAGE_SIZES, rangeText } from './list-state';
import type { ListController } from './use-list-query';

type ExplicitFooterProps = {
  limit: number;
  onLimitChange: (limit: number) => void;
  /** 1-based. */
  page: number;
  /** Rows on the current page. */
  itemCount: number;
  hasPrev: boolean;
  hasNext: boolean;
  onPrev: () => void;
  onNext: () => void;
  /** Disables paging while a page change is still loading, so one click moves one page. */
  busy?: boolean;
};

export type DataTableFooterProps = ({ list: ListController<unknown> } | ExplicitFooterProps) & {
  pageSizes?: readonly number[];
  className?: string;
};

function fromList(list: ListController<unknown>): ExplicitFooterProps {
  return {
    limit: list.state.limit,
    onLimitChange: list.setLimit,
    page: list.page,
    itemCount: list.items.length,
    hasPrev: !!list.pageInfo?.prevCursor,
    hasNext: !!list.pageInfo?.nextCursor,
    onPrev: list.prevPage,
    onNext: list.nextPage,
    busy: list.isPlaceholderData && list.isFetching,
  };
}

/** The pagination bar under every table: rows per page, "Showing 26–50", Previous / Next. */
export function DataTableFooter(props: DataTableFooterProps) {
  const { pageSizes = PAGE_SIZES, className } = props;
  const p = 'list' in props ? fromList(props.list) : props;
  const id = React.useId();
  const sizes = pageSizes.includes(p.limit) ? pageSizes : [...pageSizes, p.limit].sort((a, b) => a - b);
  return (
    <div data-slot="data-table-footer" className={cn('flex flex-wrap items-center justify-between gap-3 px-1 py-2 text-sm', className)}>
      <div className="flex items-center gap-2">
        <Label htmlFor={id} className="whitespace-nowrap text-xs font-normal text-muted-foreground">
          Rows per page
        </Label>
        <Select value={String(p.limit)} onValueChange={(v) => p.onLimitChange(Number(v))}>
          <SelectTrigger id={id} size="sm" className="w-[4.5rem]" data-testid="page-size">
            {/* Explicit text: Radix fills SelectValue only after hydration. */}
            <SelectValue>{p.limit}</SelectValue>
          </SelectTrigger>
          <SelectContent>
            {sizes.map((n) => (
              <SelectItem key={n} value={String(n)} data-testid={`page-size-${n}`}>
                {n}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      <div className="flex items-center gap-3">
        <p className="text-xs text-muted-foreground" aria-live="polite" data-testid="page-range">
          {rangeText(p.page, p.limit, p.itemCount)}
        </p>
        <div className="flex items-center gap-1">
          <Button type="button" variant="outline" size="sm" data-testid="page-prev" disabled={!p.hasPrev || p.busy} onClick={p.onPrev}>
            <ChevronLeft aria-hidden />
            Previous
          </Button>
          <Button type="button" variant="outline" size="sm" data-testid="page-next" disabled={!p.hasNext || p.busy} onClick={p.onNext}>
            Next
            <ChevronRight aria-hidden />
          </Button>
        </div>
      </div>
    </div>
  );
}
