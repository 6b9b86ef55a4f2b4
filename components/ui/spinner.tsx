import * as React from 'react';
import { LoaderCircle } from 'lucide-react';
import { cn } from '@/lib/utils';

/** An indeterminate activity indicator announced as "Loading" (override with `label`). */
export function Spinner({ className, label = 'Loading', ...props }: React.ComponentProps<'svg'> & { label?: string }) {
  return <LoaderCircle role="status" aria-label={label} data-slot="spinner" className={cn('size-4 animate-spin motion-reduce:animate-none', className)} {...props} />;
}
