import type { ComponentProps } from 'react';
import { cn } from '@/lib/utils';
import { brandCssVars } from './brand';

type BrandScopeProps = ComponentProps<'div'> & {
  /** The tenant's primary colour (#rrggbb). */
  primary: string;
  /** The tenant's accent colour (#rrggbb); replaces the portal accent inside the scope. */
  accent?: string | null;
};

/**
 * Applies a reseller's colours to everything inside it: --primary, --ring, --portal-accent and the
 * sidebar tokens, with contrast-safe foregrounds and dark-mode variants (see brandCssVars).
 */
export function BrandScope({ primary, accent, className, style, ...props }: BrandScopeProps) {
  return <div data-brand="" className={cn('contents', className)} style={{ ...brandCssVars(primary, accent), ...style }} {...props} />;
}
