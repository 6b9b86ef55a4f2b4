'use client';

import * as React from 'react';
import { RotateCw, TriangleAlert } from 'lucide-react';
import { cn } from '@/lib/utils';
import { Button } from './button';

export type ErrorStateProps = Omit<React.ComponentProps<'div'>, 'title'> & {
  title?: React.ReactNode;
  /** The server's message when it is meant for users (our API errors are), otherwise a generic one. */
  message?: React.ReactNode;
  /** Shows a Retry button (data-testid "retry") that calls it, e.g. a query's refetch. */
  onRetry?: () => unknown;
  /** True while the retry runs: the button shows it and is disabled. */
  retrying?: boolean;
  size?: 'default' | 'sm';
};

/** A failed load: what went wrong and a way to try again. Announced politely (role="alert" would interrupt). */
export function ErrorState({ title = 'Something went wrong', message, onRetry, retrying = false, size = 'default', className, ...props }: ErrorStateProps) {
  return (
    <div
      role="status"
      data-slot="error-state"
      data-testid="error-state"
      className={cn('flex flex-col items-center justify-center gap-2 text-center', size === 'default' ? 'px-6 py-12' : 'px-4 py-8', className)}
      {...props}
    >
      <div className="flex size-10 items-center justify-center rounded-full bg-muted text-destructive" aria-hidden>
        <TriangleAlert className="size-5" />
      </div>
      <p className="text-sm font-medium text-foreground">{title}</p>
      {message ? <p className="max-w-md text-sm text-muted-foreground">{message}</p> : null}
      {onRetry ? (
        <Button type="button" variant="outline" size="sm" className="mt-2" data-testid="retry" onClick={() => void onRetry()} disabled={retrying}>
          <RotateCw className={cn(retrying && 'animate-spin motion-reduce:animate-none')} aria-hidden />
          Retry
        </Button>
      ) : null}
    </div>
  );
}
