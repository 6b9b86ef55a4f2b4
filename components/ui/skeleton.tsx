import * as React from 'react';
import { cn } from '@/lib/utils';

/** A placeholder block; decorative, so the loading container should carry aria-busy instead. */
export function Skeleton({ className, ...props }: React.ComponentProps<'div'>) {
  return <div data-slot="skeleton" aria-hidden className={cn('animate-pulse rounded-md bg-muted motion-reduce:animate-none', className)} {...props} />;
}
