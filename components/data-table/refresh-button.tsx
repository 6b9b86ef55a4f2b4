'use client';

import * as React from 'react';
import { RefreshCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Label } from '@/components/ui/label';
import { Switch } from '@/components/ui/switch';
import { cn } from '@/lib/utils';

/** Anything with TanStack Query's refetch/isFetching (a UseQueryResult, a ListController). */
export type Refetchable = { refetch: () => unknown; isFetching: boolean };

export type RefreshButtonProps = {
  /** Called on click, e.g. a query's refetch. */
  onRefresh?: () => unknown;
  /** Spin while true: pass the query's isFetching, never isLoading or the auto-refresh switch. */
  isFetching?: boolean;
  /** A page with several queries: refetches all of them and spins while any of them fetches. */
  queries?: readonly Refetchable[];
  label?: string;
  className?: string;
  'data-testid'?: string;
};

/**
 * Refetches on click; the icon spins exactly while a request is in flight (isFetching), so it also
 * spins during a background or auto-refresh fetch but never merely because auto-refresh is on.
 */
export function RefreshButton({ onRefresh, isFetching = false, queries = [], label = 'Refresh', className, 'data-testid': testId = 'refresh' }: RefreshButtonProps) {
  const spinning = isFetching || queries.some((q) => q.isFetching);
  return (
    <Button
      type="button"
      variant="outline"
      size="icon"
      aria-label={label}
      title={label}
      data-testid={testId}
      data-fetching={spinning ? 'true' : 'false'}
      aria-busy={spinning}
      className={className}
      onClick={() => {
        onRefresh?.();
        for (const q of queries) q.refetch();
      }}
    >
      <RefreshCw className={cn('size-4', spinning && 'animate-spin motion-reduce:animate-none')} aria-hidden />
    </Button>
  );
}

export const AUTO_REFRESH_MS = 30_000;

/**
 * On/off state for polling: pass `refetchInterval` to useListQuery/useQuery and the rest to
 * <AutoRefreshToggle {...auto} />. Off by default.
 */
export function useAutoRefresh(intervalMs = AUTO_REFRESH_MS, initial = false) {
  const [enabled, setEnabled] = React.useState(initial);
  return { enabled, onEnabledChange: setEnabled, intervalMs, refetchInterval: enabled ? intervalMs : (false as const) };
}

export type AutoRefreshToggleProps = {
  enabled: boolean;
  onEnabledChange: (enabled: boolean) => void;
  intervalMs?: number;
  className?: string;
  'data-testid'?: string;
};

/** The auto-refresh switch ("Auto-refresh 30s"); a role="switch" with a visible label. */
export function AutoRefreshToggle({ enabled, onEnabledChange, intervalMs = AUTO_REFRESH_MS, className, 'data-testid': testId = 'auto-refresh' }: AutoRefreshToggleProps) {
  const id = React.useId();
  return (
    <div className={cn('flex items-center gap-2', className)}>
      <Switch id={id} checked={enabled} onCheckedChange={onEnabledChange} data-testid={testId} />
      <Label htmlFor={id} className="whitespace-nowrap text-xs font-normal text-muted-foreground">
        Auto-refresh {Math.round(intervalMs / 1000)}s
      </Label>
    </div>
  );
}
