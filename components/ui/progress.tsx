'use client';

import * as React from 'react';
import { Progress as ProgressPrimitive } from 'radix-ui';
import { cn } from '@/lib/utils';

type ProgressLabel = { 'aria-label': string; 'aria-labelledby'?: never } | { 'aria-labelledby': string; 'aria-label'?: never };

export type ProgressProps = Omit<React.ComponentProps<typeof ProgressPrimitive.Root>, 'aria-label' | 'aria-labelledby'> &
  ProgressLabel & {
    /** Percent done (0..max); null or undefined renders an indeterminate bar (no aria-valuenow). */
    value?: number | null;
    indicatorClassName?: string;
  };

/**
 * role="progressbar" with aria-valuemin/max/now (from Radix) and a required accessible name: a
 * progress bar without a label is announced as just a number.
 */
export function Progress({ className, indicatorClassName, value, max = 100, ...props }: ProgressProps) {
  const clamped = value == null ? null : Math.min(max, Math.max(0, value));
  return (
    <ProgressPrimitive.Root
      data-slot="progress"
      value={clamped}
      max={max}
      className={cn('relative h-2 w-full overflow-hidden rounded-full bg-muted', className)}
      {...props}
    >
      <ProgressPrimitive.Indicator
        data-slot="progress-indicator"
        className={cn('h-full w-full flex-1 bg-primary transition-transform', clamped == null && 'w-1/3 animate-pulse', indicatorClassName)}
        style={clamped == null ? undefined : { transform: `translateX(-${100 - (clamped / max) * 100}%)` }}
      />
    </ProgressPrimitive.Root>
  );
}
